#!/usr/bin/env python3
"""Draws the supplier lines of the held-out sector benchmark from the council spending files.

A copy of sample.py with another seed (16), 30 lines a file, and every supplier of the first
benchmark (sectors-labelled.csv, names case-folded) skipped, so that the classifier can be measured
on lines nobody tuned it on.

Usage: python3 sample_heldout.py [DATA_DIR] > drawn-heldout.csv
DATA_DIR defaults to the gzipped copies in src/test/resources/org/socaudit/council-spend/; the
originals in ../shared/data/council-spend/ give the same sample.

For each file, in the order below: read every line, skip blank, totals, copyright and
"REDACTED PERSONAL DATA" lines, group the lines by supplier (name case-folded, spaces collapsed),
shuffle the suppliers with random.Random(SEED), and take the first PER_FILE suppliers that are
neither in the first benchmark (FIRST_SET) nor already drawn from an earlier file; for each, one of
its lines is drawn at random. The category is what the toolkit reads as spend category in that
file (several columns joined by " | "); files with no such column (purchase cards and Harrogate,
whose only other text is the paying unit, and Lambeth's supplier totals) have an empty category,
as the toolkit sees them.

Output columns: source_file,supplier,category (the label and why columns are then filled by hand).
"""
import csv
import gzip
import io
import os
import random
import re
import sys

SEED = 16
PER_FILE = 30
FIRST_SET = "sectors-labelled.csv"  # suppliers of the first benchmark, skipped here

# file -> (supplier column, spend-category columns as the toolkit's column recognition picks them)
FILES = {
    "bradford-2019-07_clean.csv": ("Supplier Name", ["Expenditure category"]),
    "bradford-2019-08_clean.csv": ("Supplier Name", ["Expenditure category"]),
    "bradford-2019-09_clean.csv": ("Supplier Name", ["Expenditure category"]),
    "calderdale-2022-08.csv": (
        "Supplier(Beneficiary) Name",
        ["Purpose of Spend (Summary)", "Procurement Classification: Council's Procurement Category Name"],
    ),
    "calderdale-2022-08-card.csv": ("Beneficiary Name", []),
    "harrogate-2022-08.csv": ("Beneficiary Name", []),
    "lambeth-2011-01-supplier-totals.csv": ("Supplier Name", []),
    "lambeth-2012-05-supplier-totals.csv": ("Supplier Name", []),
    "lambeth-2012-06.csv": ("Supplier Name", ["Subj Description"]),
    "networkrail-2021-04.csv": ("Supplier Name", ["Category Family"]),
    "tfl-2023-P05.csv": ("Vendor Name", ["Expenditure Account"]),
}

SKIP = re.compile(r"redacted|^(grand )?total$|copyright|^\W*$", re.IGNORECASE)


def clean(text):
    return " ".join((text or "").replace("\u2020", " ").split())


def open_text(data_dir, name):
    path = os.path.join(data_dir, name)
    if os.path.exists(path):
        data = open(path, "rb").read()
    else:
        data = gzip.open(path + ".gz").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252")  # Bradford's files are Windows-1252
    return io.StringIO(text, newline="")


def lines(data_dir, name, supplier_col, category_cols):
    with open_text(data_dir, name) as f:
        rows = list(csv.reader(f))
    header_at = next(i for i, row in enumerate(rows) if supplier_col in [clean(c) for c in row])
    header = [clean(c) for c in rows[header_at]]
    s = header.index(supplier_col)
    cats = [header.index(c) for c in category_cols]
    for row in rows[header_at + 1:]:
        if len(row) <= s:
            continue
        supplier = clean(row[s])
        if SKIP.search(supplier):
            continue
        category = " | ".join(t for t in (clean(row[c]) for c in cats if c < len(row)) if t)
        yield supplier, category


def key(supplier):
    return supplier.casefold()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "council-spend")
    data_dir = sys.argv[1] if len(sys.argv) > 1 else default
    rng = random.Random(SEED)
    with open(os.path.join(here, FIRST_SET), encoding="utf-8", newline="") as f:
        taken = {key(clean(row["supplier"])) for row in csv.DictReader(f)}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["source_file", "supplier", "category"])
    for name, (supplier_col, category_cols) in FILES.items():
        by_supplier = {}
        for supplier, category in lines(data_dir, name, supplier_col, category_cols):
            by_supplier.setdefault(key(supplier), []).append((supplier, category))
        suppliers = sorted(by_supplier)
        rng.shuffle(suppliers)
        drawn = 0
        for k in suppliers:
            if drawn == PER_FILE:
                break
            if k in taken:
                continue
            taken.add(k)
            supplier, category = rng.choice(by_supplier[k])
            out.writerow([name, supplier, category])
            drawn += 1


if __name__ == "__main__":
    main()
