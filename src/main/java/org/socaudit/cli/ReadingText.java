package org.socaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.InputReport;

/** Says how each input table was read: on stderr as text, and in {@code --json} as {@code inputs}. */
final class ReadingText {

    private ReadingText() {}

    /** A few lines per file: the header row and columns used, what became of the lines, checks not run. */
    static void print(Map<Path, InputReport> readings, PrintWriter err) {
        readings.forEach((file, reading) -> {
            err.printf(
                    "soc-audit: read %s as %s, header on row %d: %s%n",
                    file, reading.kind(), reading.headerRow(), reading.columnsText());
            err.println("  " + reading.lines().text());
            for (String check : reading.skippedChecks()) {
                err.println("  not run: " + check);
            }
            for (String note : reading.notes()) {
                err.println("  note: " + note);
            }
        });
        err.flush();
    }

    /** The documented {@code inputs} entries of {@code --json}. */
    static List<Map<String, Object>> json(Map<Path, InputReport> readings) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        readings.forEach((file, reading) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", file.toString());
            entry.put("kind", reading.kind());
            entry.put("headerRow", reading.headerRow());
            entry.put("columns", reading.columns());
            entry.put("moreCategories", reading.moreCategories());
            InputReport.Lines lines = reading.lines();
            entry.put("lines", lines.total());
            entry.put("used", lines.used());
            entry.put("undated", lines.partial());
            entry.put("redacted", lines.redacted());
            entry.put("blank", lines.blank());
            entry.put("totals", lines.totals());
            entry.put("unusable", lines.unusable());
            entry.put("repaired", lines.repaired());
            entry.put("skippedChecks", reading.skippedChecks());
            entry.put("notes", reading.notes());
            inputs.add(entry);
        });
        return inputs;
    }
}
