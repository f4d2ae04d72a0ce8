"""Fills a blank checklist template with openpyxl, as another client would, for FilledByOtherClientTest.

Regenerate the fixture after changing the template layout:
  java -jar target/soc-audit.jar template --authority "Testshire County Council" --out /tmp/blank.xlsx
  /usr/bin/python3 src/test/resources/org/socaudit/workbook/fill_with_openpyxl.py /tmp/blank.xlsx \
      src/test/resources/org/socaudit/workbook/filled-by-openpyxl.xlsx
(Debian's python3-openpyxl.)
"""
import datetime
import sys

import openpyxl

ANSWERS = {
    # question id: (assessment as typed, response, owner, target date)
    "procurement-a": ("Good", "Contract procedure rules reviewed 2026", "Head of Procurement", None),
    "procurement-b": ("Needs Improvement", "No sector checks yet", "Head of Procurement", datetime.date(2027, 3, 31)),
    "procurement-c": ("  acceptable ", "Spot checks on waste contracts", None, None),
    "procurement-d": ("needs improvement", "Supplier file not verified", None, "31/03/2027"),
    "procurement-e": ("GOOD", "Training for all buyers", "Procurement Manager", None),
    "insider-threat-a": ("Good", "=HYPERLINK(\"http://example.invalid\")", "Head of HR", None),
}

source, target = sys.argv[1], sys.argv[2]
workbook = openpyxl.load_workbook(source)
sheet = workbook["Checklist"]
headers = {cell.value: cell.column for cell in sheet[3] if cell.value}
for row in sheet.iter_rows(min_row=4):
    question_id = row[headers["Question id"] - 1].value
    if question_id in ANSWERS:
        assessment, response, owner, target_date = ANSWERS[question_id]
        r = row[0].row
        sheet.cell(r, headers["Assessment"], assessment)
        # A string that starts with '=' would become a formula in openpyxl; store it as text.
        cell = sheet.cell(r, headers["Response / Action taken"], response)
        cell.data_type = "s"
        if owner:
            sheet.cell(r, headers["Owner"], owner)
        if target_date:
            sheet.cell(r, headers["Target date"], target_date)
workbook.save(target)
