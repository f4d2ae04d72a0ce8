package org.socaudit.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.DateUtil;
import org.socaudit.model.Problem;

/** Reads what a user typed into a cell, whichever program saved it: text, number, date or formula result. */
final class CellValues {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.UK);

    /** UK day-first forms, parsed strictly so that 31/02/2027 is refused rather than moved to 28 February. */
    private static final List<DateTimeFormatter> DATE_FORMATS =
            List.of("uuuu-MM-dd", "d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "d MMM uuuu", "d MMMM uuuu").stream()
                    .map(p -> DateTimeFormatter.ofPattern(p, Locale.UK).withResolverStyle(ResolverStyle.STRICT))
                    .toList();

    /**
     * The dates an answer may hold, the same as responses XML takes (ResponsesReader), so that every
     * answer the toolkit writes into a workbook reads back; outside them Excel shows #### or a
     * year of 0001.
     */
    private static final LocalDate FIRST_ANSWER_DATE = LocalDate.of(1900, 1, 1);

    private static final LocalDate LAST_ANSWER_DATE = LocalDate.of(2200, 12, 31);

    /**
     * A day number before this is far more likely a typed number (2027 is 19 July 1905) than a real
     * date; no answer date is that old.
     */
    private static final LocalDate FIRST_DAY_NUMBER_DATE = LocalDate.of(1910, 1, 1);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    private CellValues() {}

    /** The cell's text with surrounding white space (including no-break spaces) removed; null when blank. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        try {
            return stripped(cell);
        } catch (RuntimeException e) {
            throw new DamagedCellException(cell, e);
        }
    }

    private static String stripped(Cell cell) {
        String value;
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING -> value = cell.getRichStringCellValue().getString();
            case NUMERIC ->
                value = DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : FORMATTER.formatCellValue(cell);
            case BOOLEAN -> value = Boolean.toString(cell.getBooleanCellValue());
            default -> value = null;
        }
        if (value == null) {
            return null;
        }
        String stripped = value.replace('\u00a0', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Whether the cell's workbook counts days from 1904 (old Mac Excel), so that its day numbers mean later dates. */
    private static boolean isDate1904(Cell cell) {
        return cell.getSheet().getWorkbook() instanceof Date1904Support workbook && workbook.isDate1904();
    }

    /**
     * The cell as a date: a date cell, a day number Excel would show as a date, or text such as
     * 31/03/2027 or 2027-03-31. Empty when blank; a problem message when it is not a date.
     */
    static Optional<LocalDate> date(Cell cell) throws NotADateException {
        if (cell == null) {
            return Optional.empty();
        }
        CellType type;
        double serial;
        try {
            type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            serial = type == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
        } catch (RuntimeException e) {
            throw new DamagedCellException(cell, e);
        }
        if (type == CellType.NUMERIC) {
            String typed = BigDecimal.valueOf(serial).stripTrailingZeros().toPlainString();
            if (DateUtil.isValidExcelDate(serial)) {
                LocalDate date =
                        DateUtil.getLocalDateTime(serial, isDate1904(cell)).toLocalDate();
                if (!date.isBefore(FIRST_DAY_NUMBER_DATE) && !date.isAfter(LAST_ANSWER_DATE)) {
                    return Optional.of(date);
                }
                // Say what was typed: a spreadsheet shows the number 3 in a date cell as 03/01/1900.
                throw new NotADateException("the number " + typed + " (" + date.format(SHOWN) + " as a date) is not a"
                        + " date; use dd/mm/yyyy");
            }
            throw new NotADateException("the number " + typed + " is not a date; use dd/mm/yyyy");
        }
        String text = text(cell);
        if (text == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            LocalDate date;
            try {
                date = LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                continue;
            }
            if (date.isBefore(FIRST_ANSWER_DATE) || date.isAfter(LAST_ANSWER_DATE)) {
                throw new NotADateException("'" + text + "' is out of range: a date must be between "
                        + FIRST_ANSWER_DATE.getYear() + " and " + LAST_ANSWER_DATE.getYear() + "; use dd/mm/yyyy");
            }
            return Optional.of(date);
        }
        throw new NotADateException("'" + text + "' is not a date; use dd/mm/yyyy");
    }

    /**
     * A cell whose stored value POI cannot read (a number that is not one, an unknown cell type): the
     * file was damaged or made by hand. Unchecked so that every reader of cells need not declare it;
     * readers turn it into a located problem.
     */
    static final class DamagedCellException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String sheet;
        private final String reference;

        DamagedCellException(Cell cell, RuntimeException cause) {
            super(firstLine(cause), cause);
            this.sheet = cell.getSheet().getSheetName();
            this.reference = cell.getAddress().formatAsString();
        }

        /** The problem to report, at the cell. */
        Problem problem(String sourceName) {
            return Problem.inCell(
                    sourceName,
                    sheet,
                    reference,
                    "cannot be read: its stored value is damaged (" + getMessage()
                            + "); retype the cell in Excel and save again");
        }

        private static String firstLine(RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
    }

    /** A cell that should hold a date holds something else. */
    static final class NotADateException extends Exception {
        private static final long serialVersionUID = 1L;

        NotADateException(String message) {
            super(message);
        }
    }
}
