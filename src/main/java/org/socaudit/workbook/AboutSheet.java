package org.socaudit.workbook;

import java.time.format.DateTimeFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.InputFile;
import org.socaudit.model.ScoredChecklist;

/** How the workbook was made: tool version, checklist, inputs with their SHA-256, and time. */
final class AboutSheet {

    private final Styles styles;

    AboutSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, ScoredChecklist scored) {
        XSSFSheet sheet = workbook.createSheet("About");
        SheetWriter out = new SheetWriter(sheet, 24, 60, 68);
        out.text(0, 0, "About this workbook", styles.title);
        out.row(0).setHeightInPoints(24);
        int row = 2;
        row = pair(out, row, "Made by", "SOC Audit Toolkit " + scored.run().toolVersion());
        row = pair(
                out,
                row,
                "Made at",
                scored.run().generatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        row = pair(
                out,
                row,
                "Checklist",
                scored.checklist().info().id() + " version "
                        + scored.checklist().info().version());
        row = pair(
                out, row, "Checklist source", scored.checklist().info().source().citation());
        row = pair(out, row, "Authority", scored.responses().authority());
        row++;
        out.headers(row++, styles.header, "Input", "File", "SHA-256");
        for (InputFile input : scored.run().inputs()) {
            out.text(row, 0, input.role(), styles.textBold);
            out.text(row, 1, input.name(), styles.text);
            out.text(row, 2, input.sha256(), styles.text);
            out.fitHeight(row++);
        }
        row++;
        out.text(
                row,
                0,
                "Scores are points over the most the answered questions could earn; see the Instructions"
                        + " of the checklist workbook.",
                styles.subtitle);
    }

    private int pair(SheetWriter out, int row, String label, String value) {
        out.text(row, 0, label, styles.textBold);
        out.text(row, 1, value, styles.text);
        out.fitHeight(row);
        return row + 1;
    }
}
