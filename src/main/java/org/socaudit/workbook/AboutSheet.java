package org.socaudit.workbook;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.socaudit.model.InputFile;
import org.socaudit.model.InputReport;
import org.socaudit.model.RunInfo;
import org.socaudit.model.Scale;

/** How a workbook was made: tool version, time, what it was made from with SHA-256, and settings. */
final class AboutSheet {

    static final String NAME = "About";

    private final Styles styles;

    AboutSheet(Styles styles) {
        this.styles = styles;
    }

    /** Writes the sheet; {@code facts} are label and value pairs particular to the report. */
    void write(Workbook workbook, RunInfo run, List<String[]> facts, String note) {
        Sheet sheet = workbook.createSheet(NAME);
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
        row = readings(out, row + 1, run.inputs());
        out.printLandscapeFitToWidth(-1);
        out.text(row + 1, 0, note, styles.subtitle);
    }

    /** Where the points and thresholds come from, and how a council changes them. */
    static final String SCALE_ORIGIN = "The points and thresholds are set by the checklist file. The bundled"
            + " checklist's are the toolkit's defaults, not the Home Office's: its checklist has only the three"
            + " assessments and does not score them. A council can set its own in a copy of the checklist file,"
            + " passed with --checklist (the README's 'Using it for your council' says how).";

    /** The scale's points and thresholds as an About fact, with where they come from. */
    static String[] scaleFact(Scale scale) {
        return new String[] {"Scoring", InstructionsSheet.scoring(scale) + " " + SCALE_ORIGIN};
    }

    /**
     * Adds, when any cell's text had to be cut, a line saying how many: called once every other
     * sheet has been written.
     */
    static void noteCutText(Workbook workbook, Styles styles) {
        int cut = CutText.count(workbook);
        Sheet sheet = workbook.getSheet(NAME);
        if (cut == 0 || sheet == null) {
            return;
        }
        SheetWriter out = new SheetWriter(sheet);
        int row = sheet.getLastRowNum() + 2;
        out.text(row, 0, "Cut text", styles.textBold);
        out.text(
                row,
                1,
                cut + (cut == 1 ? " cell" : " cells") + " held more than the " + String.format("%,d", CutText.MAX)
                        + " characters a cell can hold; each was cut and ends with \"[... cut here\".",
                styles.text);
    }

    /** How each table was read: its header row and columns, what became of its lines, checks not run. */
    private int readings(SheetWriter out, int top, List<InputFile> inputs) {
        if (inputs.stream().allMatch(i -> i.reading() == null)) {
            return top;
        }
        int row = top;
        out.headers(row++, styles.header, "How each table was read", "File", "Columns used");
        for (InputFile input : inputs) {
            InputReport reading = input.reading();
            if (reading == null) {
                continue;
            }
            out.text(row, 0, input.role(), styles.textBold);
            out.text(row, 1, input.name(), styles.text);
            out.text(row, 2, "Header on row " + reading.headerRow() + ": " + reading.columnsText(), styles.text);
            out.fitHeight(row++);
            row = pair(out, row, "", "Lines", reading.lines().text());
            if (!reading.skippedChecks().isEmpty()) {
                row = pair(out, row, "", "Checks not run", String.join("; ", reading.skippedChecks()));
            }
            for (String note : reading.notes()) {
                row = pair(out, row, "", "Note", note);
            }
        }
        return row;
    }

    private int pair(SheetWriter out, int row, String first, String label, String value) {
        out.text(row, 0, first, styles.textBold);
        out.text(row, 1, label, styles.textBold);
        out.text(row, 2, value, styles.text);
        out.fitHeight(row);
        return row + 1;
    }

    private int pair(SheetWriter out, int row, String label, String value) {
        out.text(row, 0, label, styles.textBold);
        out.text(row, 1, value, styles.text);
        out.fitHeight(row);
        return row + 1;
    }
}
