"""Drives LibreOffice Calc through its own API (UNO) as a person would: opens a workbook the toolkit
wrote, types answers, sorts, filters or hides rows, and saves it as .xlsx. Used by
LibreOfficeRoundTripTest; run with a python3 that has the uno module (Debian: python3-uno).

    python3 calc_drive.py JOBS.json

JOBS.json is {"jobs": [job, ...]}, each job:
    {"in": path, "out": path, "sheet": name, "id_header": header,
     "fill": {row id: {header: text, or {"date": "yyyy-mm-dd"}}},
     "actions": [action, ...]}
and each action one of:
    {"sort": "rows", "by": header, "descending": bool, "formats": bool}
        every column of the table, as the filter buttons or a whole-table selection sort;
    {"sort": "columns", "from": header, "to": header, "by": header, "descending": bool, "formats": bool}
        only the columns from one header to another, as after selecting just those columns;
    {"filter": header, "equals": text}   the standard filter, keeping rows whose cell equals text;
    {"hide": [row id, ...]}              hides those rows;
    {"cut": row id, "paste": row id, "from": header, "to": header}
        cuts those cells of one row and pastes them onto another (Ctrl+X, Ctrl+V).
Prints one line per job; exits non-zero if LibreOffice cannot be started or a job fails.
"""

import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import TableSortField
from com.sun.star.sheet import TableFilterField
from com.sun.star.sheet.FilterOperator import EQUAL


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile):
    pipe = "socaudit%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                office.kill()
                raise SystemExit("LibreOffice did not start")
            time.sleep(0.5)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    return office, desktop


class Table:
    """The toolkit's table on one sheet: header row found by the id header, rows by their ids."""

    def __init__(self, sheet, id_header):
        self.sheet = sheet
        used = sheet.createCursor()
        used.gotoEndOfUsedArea(False)
        self.last_row = used.RangeAddress.EndRow
        self.last_column = used.RangeAddress.EndColumn
        self.header_row = None
        for r in range(0, 21):
            texts = [sheet.getCellByPosition(c, r).getString() for c in range(self.last_column + 1)]
            if id_header in texts:
                self.header_row = r
                self.headers = texts
                break
        if self.header_row is None:
            raise SystemExit("no '%s' header" % id_header)
        self.id_column = self.headers.index(id_header)
        # The table ends at the last row with an id.
        self.rows = {}
        for r in range(self.header_row + 1, self.last_row + 1):
            row_id = sheet.getCellByPosition(self.id_column, r).getString()
            if row_id:
                self.rows[row_id] = r
        self.end_row = max(self.rows.values())

    def column(self, header):
        return self.headers.index(header)

    def cell(self, row_id, header):
        return self.sheet.getCellByPosition(self.column(header), self.rows[row_id])

    def data(self, first_column, last_column):
        return self.sheet.getCellRangeByPosition(first_column, self.header_row + 1, last_column, self.end_row)


def fill(table, answers):
    for row_id, cells in answers.items():
        for header, value in cells.items():
            cell = table.cell(row_id, header)
            if isinstance(value, dict):
                day = datetime.date.fromisoformat(value["date"])
                cell.setValue((day - datetime.date(1899, 12, 30)).days)
            else:
                cell.setString(value)


def sort(table, action):
    if action["sort"] == "rows":
        first, last = 0, table.last_column
    else:
        first, last = table.column(action["from"]), table.column(action["to"])
    target = table.data(first, last)
    field = TableSortField()
    field.Field = table.column(action["by"]) - first
    field.IsAscending = not action.get("descending", False)
    descriptor = []
    for p in target.createSortDescriptor():
        if p.Name == "SortFields":
            p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
        elif p.Name == "BindFormatsToContent":
            p.Value = action.get("formats", True)
        elif p.Name == "ContainsHeader":
            p.Value = False
        descriptor.append(p)
    before = target.getDataArray()
    target.sort(tuple(descriptor))
    # Every job sorts answers that are out of order, so an unchanged range means the sort was refused.
    if target.getDataArray() == before:
        raise SystemExit("the sort by %s changed nothing: LibreOffice refused it" % action["by"])


def apply_filter(table, action):
    target = table.data(0, table.last_column)
    descriptor = target.createFilterDescriptor(True)
    field = TableFilterField()
    field.Field = table.column(action["filter"])
    field.Operator = EQUAL
    field.IsNumeric = False
    field.StringValue = action["equals"]
    descriptor.setFilterFields((field,))
    target.filter(descriptor)


def run(desktop, job):
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(job["in"])), "_blank", 0,
                                            (prop("Hidden", True),))
    try:
        sheet = document.Sheets.getByName(job["sheet"])
        table = Table(sheet, job["id_header"])
        fill(table, job.get("fill", {}))
        for action in job.get("actions", []):
            if "sort" in action:
                sort(table, action)
            elif "filter" in action:
                apply_filter(table, action)
            elif "cut" in action:
                source = sheet.getCellRangeByPosition(
                    table.column(action["from"]), table.rows[action["cut"]],
                    table.column(action["to"]), table.rows[action["cut"]]).getRangeAddress()
                target = sheet.getCellByPosition(table.column(action["from"]), table.rows[action["paste"]])
                sheet.moveRange(target.getCellAddress(), source)
            elif "hide" in action:
                for row_id in action["hide"]:
                    sheet.getRows().getByIndex(table.rows[row_id]).IsVisible = False
            else:
                raise SystemExit("unknown action %r" % action)
        document.storeToURL(uno.systemPathToFileUrl(os.path.abspath(job["out"])),
                            (prop("FilterName", "Calc MS Excel 2007 XML"),))
    finally:
        document.close(True)
    print("saved", job["out"])


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)["jobs"]
    profile = tempfile.mkdtemp(prefix="soc-audit-lo-")
    office, desktop = start_office(profile)
    try:
        for job in jobs:
            run(desktop, job)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
