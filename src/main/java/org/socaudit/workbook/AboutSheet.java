package org.socaudit.workbook;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.socaudit.model.InputFile;
import org.socaudit.model.RunInfo;

/** How a workbook was made: tool version, time, what it was made from with SHA-256, and settings. */
final class AboutSheet {

    private final Styles styles;

    AboutSheet(Styles styles) {
        this.styles = styles;
    }

    /** Writes the sheet; {@code facts} are label and value pairs particular to the report. */
    void write(Workbook workbook, RunInfo run, List<String[]> facts, String note) {
        Sheet sheet = workbook.createSheet("About");
        SheetWriter out = new SheetWriter(sheet, 24, 60, 68);
        out.text(0, 0, "About this workbook", styles.title);
        out.row(0).setHeightInPoints(24);
        int row = 2;
        row = pair(out, row, "Made by", "SOC Audit Toolkit " + run.toolVersion());
        row = pair(out, row, "Made at", run.generatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        for (String[] fact : facts) {
            row = pair(out, row, fact[0], fact[1]);
        }
        row++;
        out.headers(row++, styles.header, "Input", "File", "SHA-256");
        for (InputFile input : run.inputs()) {
            out.text(row, 0, input.role(), styles.textBold);
            out.text(row, 1, input.name(), styles.text);
            out.text(row, 2, input.sha256(), styles.text);
            out.fitHeight(row++);
        }
        out.printLandscapeFitToWidth(-1);
        out.text(row + 1, 0, note, styles.subtitle);
    }

    private int pair(SheetWriter out, int row, String label, String value) {
        out.text(row, 0, label, styles.textBold);
        out.text(row, 1, value, styles.text);
        out.fitHeight(row);
        return row + 1;
    }
}
