"""Fills a blank audit programme with openpyxl, as another client would, for ProgrammeReaderTest.

Regenerate the fixture after changing the programme layout:
  java -jar target/soc-audit.jar audit-plan --council "Testshire County Council" --out /tmp/programme.xlsx
  /usr/bin/python3 src/test/resources/org/socaudit/audit/fill_programme_with_openpyxl.py /tmp/programme.xlsx \
      src/test/resources/org/socaudit/audit/programme-filled-by-openpyxl.xlsx
(Debian's python3-openpyxl.)
"""
import datetime
import sys

import openpyxl

ANSWERS = {
    # question id: (lead, response, finding, rating as typed, deep dive, outcome, recommendation, owner, due)
    "procurement-1": ("Head of Procurement", "Checks on new suppliers only", "No due diligence on waste contractors",
                      "Needs improvement", "Yes", "3 of 10 waste contracts had no company check",
                      "Introduce enhanced checks for high-risk sectors", "Head of Procurement",
                      datetime.date(2027, 3, 31)),
    "procurement-2": (None, None, "Framework suppliers never re-checked", "  needs improvement ", "no", None,
                      "Re-check framework suppliers yearly", "Procurement Manager", "31/01/2027"),
    "procurement-3": (None, None, None, "Acceptable", None, None, None, None, None),
    "hr-vetting-1": ("Head of HR", None, "Vetting varies by directorate", "acceptable", None, None, None, None, None),
    "hr-gifts-hospitality-1": (None, None, None, "Acceptable", None, None, None, None, None),
    "hr-whistleblowing-1": (None, None, None, "GOOD", None, None, None, None, None),
    "housing-1": ("Housing Manager", None, "=HYPERLINK(\"http://example.invalid\")", "Acceptable", "Yes",
                  "Tenancy sample clean", None, None, None),
    "strategic-corporate-awareness-1": ("Chief Executive", "Briefed in 2026", None, "Good", None, None, None, None,
                                        None),
}

POLICIES = {
    # policy id: (in place as typed, owner, last reviewed, followed, notes)
    "procurement-policy": ("Y", "Head of Procurement", datetime.date(2025, 1, 10), "Yes", None),
    "whistleblowing-procedures": ("N", None, None, None, "Draft only"),
    "risk-management": ("Y", "Risk Manager", datetime.date(2023, 6, 30), "Yes", None),
    "code-of-conduct": ("y", "Monitoring Officer", None, "Partly", None),
    "gift-and-hospitality-register": ("yes", "Monitoring Officer", "15/03/2025", "No", "Register not kept up"),
}

SCOPE = {"waste-disposal": ("Yes", "Agreed with police"), "asset-management": ("no", None)}

QUESTION_COLUMNS = ["Lead interviewed", "Response", "Finding", "Rating", "Deep dive needed", "Deep dive outcome",
                    "Recommendation", "Owner", "Due date"]
POLICY_COLUMNS = ["In place", "Owner", "Last reviewed", "Followed in practice", "Notes"]


def fill(sheet, id_header, values, columns):
    headers = {cell.value: cell.column for cell in sheet[3] if cell.value}
    for row in sheet.iter_rows(min_row=4):
        item = row[headers[id_header] - 1].value
        if item in values:
            for name, value in zip(columns, values[item]):
                if value is not None:
                    cell = row[headers[name] - 1]
                    cell.value = value
                    if isinstance(value, str):
                        # A string that starts with '=' would become a formula in openpyxl; keep it text.
                        cell.data_type = "s"


def swap_rows(sheet, first, second):
    """A whole-row sort, as a user sorting with every column selected would do."""
    for column in range(1, sheet.max_column + 1):
        a, b = sheet.cell(first, column), sheet.cell(second, column)
        a.value, b.value = b.value, a.value


source, target = sys.argv[1], sys.argv[2]
workbook = openpyxl.load_workbook(source)
workbook["Process"]["B2"] = "Testshire County Council"
workbook["Process"]["D2"] = "01/10/2026"
fill(workbook["Audit Questions"], "Question id", ANSWERS, QUESTION_COLUMNS)
fill(workbook["Key Policies"], "Policy id", POLICIES, POLICY_COLUMNS)
fill(workbook["Scope"], "Service id", SCOPE, ["In scope", "Scope notes"])
questions = workbook["Audit Questions"]
swap_rows(questions, 18, 19)
questions.row_dimensions[20].hidden = True
workbook.save(target)
