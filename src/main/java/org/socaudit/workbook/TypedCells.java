package org.socaudit.workbook;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.socaudit.model.Assessment;
import org.socaudit.model.PolicyPractice;
import org.socaudit.model.Scale;

/**
 * Reads typed values (a rating, yes or no, a date, a practice level) from the rows of one table
 * sheet, tolerant of case and spacing; a value that is none of them is recorded at its cell.
 */
final class TypedCells {

    private final String sheet;
    private final KeyedRows rows;
    private final CellProblems problems;

    TypedCells(String sheet, KeyedRows rows, CellProblems problems) {
        this.sheet = sheet;
        this.rows = rows;
        this.problems = problems;
    }

    String text(int r, String header) {
        return CellValues.text(rows.cell(r, header));
    }

    /** A level of the scale, by its label or id ("Needs improvement", "needs-improvement"). */
    Assessment rating(int r, String header, Scale scale) {
        String text = text(r, header);
        if (text == null) {
            return null;
        }
        String wanted = normalise(text);
        for (Assessment level : Assessment.values()) {
            if (wanted.equals(normalise(scale.label(level))) || wanted.equals(normalise(level.id()))) {
                return level;
            }
        }
        String choices = Arrays.stream(Assessment.values()).map(scale::label).collect(Collectors.joining(", "));
        problems.at(sheet, r, rows.column(header), "'" + text + "' is not one of " + choices);
        return null;
    }

    PolicyPractice practice(int r, String header) {
        String text = text(r, header);
        if (text == null) {
            return null;
        }
        Optional<PolicyPractice> practice = PolicyPractice.fromLabel(text);
        if (practice.isEmpty()) {
            problems.at(sheet, r, rows.column(header), "'" + text + "' is not one of Yes, Partly, No");
        }
        return practice.orElse(null);
    }

    /** Yes or No, also written Y, N, true or false. */
    Boolean yesNo(int r, String header) {
        String text = text(r, header);
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> {
                return true;
            }
            case "n", "no", "false" -> {
                return false;
            }
            default -> {
                problems.at(sheet, r, rows.column(header), "'" + text + "' is not Yes or No");
                return null;
            }
        }
    }

    LocalDate date(int r, String header) {
        return date(sheet, rows.cell(r, header), problems);
    }

    /** A date cell or a date typed as text, or null (with a problem at the cell) when it is neither. */
    static LocalDate date(String sheet, Cell cell, CellProblems problems) {
        try {
            return CellValues.date(cell).orElse(null);
        } catch (CellValues.NotADateException e) {
            problems.at(sheet, cell.getRowIndex(), cell.getColumnIndex(), e.getMessage());
            return null;
        }
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }
}
