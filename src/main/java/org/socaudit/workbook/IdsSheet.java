package org.socaudit.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.ChecklistRow;

/** The hidden sheet that says which checklist, version and questions a workbook holds. */
final class IdsSheet {

    private final Styles styles;

    IdsSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, Checklist checklist, ChecklistResponses responses) {
        XSSFSheet sheet = workbook.createSheet(ChecklistLayout.IDS_SHEET);
        SheetWriter out = new SheetWriter(sheet, 24, 40, 24);
        out.text(0, 0, ChecklistLayout.IDS_MARKER, styles.subtitle);
        out.text(0, 1, "Do not edit: the toolkit reads answers back by these ids.", styles.subtitle);
        pair(
                out,
                ChecklistLayout.IDS_ROW_CHECKLIST,
                "checklist id",
                checklist.info().id());
        pair(
                out,
                ChecklistLayout.IDS_ROW_VERSION,
                "checklist version",
                checklist.info().version());
        pair(out, ChecklistLayout.IDS_ROW_AUTHORITY, "authority", responses.authority());
        pair(
                out,
                ChecklistLayout.IDS_ROW_COMPLETED,
                "completed on",
                responses.completedOn() == null ? null : responses.completedOn().toString());
        out.headers(ChecklistLayout.IDS_FIRST_QUESTION_ROW - 1, styles.header, "question id", "ref", "section id");
        List<ChecklistRow> rows = checklist.rows();
        for (int i = 0; i < rows.size(); i++) {
            int row = ChecklistLayout.IDS_FIRST_QUESTION_ROW + i;
            out.text(row, 0, rows.get(i).question().id(), styles.text);
            out.text(row, 1, rows.get(i).ref(), styles.text);
            out.text(row, 2, rows.get(i).section().id(), styles.text);
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    private void pair(SheetWriter out, int row, String label, String value) {
        out.text(row, 0, label, styles.textBold);
        out.text(row, 1, value, styles.text);
    }
}
