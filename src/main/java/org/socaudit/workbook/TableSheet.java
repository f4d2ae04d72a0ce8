package org.socaudit.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.socaudit.model.Assessment;
import org.socaudit.model.Scale;

/**
 * Writes a sheet that is one table: a title, a note, a header row and one row per item.
 *
 * <p>A table people fill in (made with {@link #answerColumns}) is built so that no sort can move an
 * answer away from its question unnoticed: its rows carry their id in a hidden last column, so
 * whole rows sort and filter freely; a hidden "Row check" column holding the id again sits on each
 * side of every answer column, so a sort of any block of columns holding an answer column, short
 * of every column, carries ids that no longer match their rows; and every answer cell carries its
 * row's {@link RowMarks mark}, which a sort of one column moves with the answer. Read-back ({@link KeyedRows}) checks all three.
 * Such tables are left unprotected on purpose: Excel will not sort a range holding locked cells on
 * a protected sheet, which would leave a sort of the answer columns alone as the only sort possible.
 */
final class TableSheet<T> {

    /** The header row of a table with no lead paragraphs: under the title and the note. */
    private static final int HEADER_ROW = 2;

    /** The header of the hidden columns between answer columns. */
    static final String CHECK_HEADER = "Row check";

    private final Styles styles;
    private final Scale scale;
    private final List<Column<T>> columns;

    TableSheet(Styles styles, Scale scale, List<Column<T>> columns) {
        this.styles = styles;
        this.scale = scale;
        this.columns = List.copyOf(columns);
    }

    /**
     * The columns of a table people fill in: these columns, with a hidden {@value #CHECK_HEADER}
     * column on each side of every answer column (one between two answer columns), and the hidden
     * id column last. Any block of columns a person can select that holds an answer column and any
     * other column then holds a check column too.
     */
    static <T> List<Column<T>> answerColumns(List<Column<T>> columns, String idHeader, Function<T, Object> id) {
        List<Column<T>> all = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            boolean input = columns.get(c).isInput();
            boolean afterCheck = !all.isEmpty() && all.get(all.size() - 1).kind() == Column.Kind.CHECK;
            if (input && !afterCheck) {
                all.add(check(id));
            }
            all.add(columns.get(c));
            boolean last = c == columns.size() - 1;
            if (input && !last && !columns.get(c + 1).isInput()) {
                all.add(check(id));
            }
        }
        // After the last column, the id column itself is the check.
        all.add(Column.of(idHeader, 30, Column.Kind.ID, id));
        return all;
    }

    private static <T> Column<T> check(Function<T, Object> id) {
        // Hidden, but wide enough for its header, which would otherwise deepen the header row.
        return Column.of(CHECK_HEADER, 12, Column.Kind.CHECK, id);
    }

    /**
     * A labelled paragraph shown above a table, under its note: text the table's rows belong under,
     * such as the heading and introduction a source gives its list.
     */
    record Lead(String label, String text) {}

    /** Writes the sheet, titled with its name, and returns it; {@code empty} is shown when there are no rows. */
    Sheet write(Workbook workbook, String name, String note, List<T> rows, String empty) {
        return write(workbook, name, name, note, List.of(), rows, empty);
    }

    /** Writes the sheet, titled with its name, with these paragraphs between the note and the table. */
    Sheet writeWithLeads(Workbook workbook, String name, String note, List<Lead> leads, List<T> rows, String empty) {
        return write(workbook, name, name, note, leads, rows, empty);
    }

    /** Writes the sheet under a title of its own and returns it. */
    Sheet write(Workbook workbook, String name, String title, String note, List<T> rows, String empty) {
        return write(workbook, name, title, note, List.of(), rows, empty);
    }

    private Sheet write(
            Workbook workbook, String name, String title, String note, List<Lead> leads, List<T> rows, String empty) {
        Sheet sheet = workbook.createSheet(name);
        SheetWriter out =
                new SheetWriter(sheet, columns.stream().mapToInt(Column::width).toArray());
        out.text(0, 0, title, styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(1, 0, note, styles.subtitle);
        int headerRow = HEADER_ROW;
        for (Lead lead : leads) {
            writeLead(out, headerRow++, lead);
        }
        out.headers(
                headerRow, styles.header, columns.stream().map(Column::header).toArray(String[]::new));
        int row = headerRow + 1;
        boolean marked = columns.stream().anyMatch(c -> c.kind() == Column.Kind.ID);
        for (T item : rows) {
            // The row is as deep as its deepest wrapped text, worked out as each cell is written.
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                lines = Math.max(lines, write(out, row, c, columns.get(c), item));
                if (marked && (columns.get(c).isInput() || columns.get(c).kind() == Column.Kind.ID)) {
                    Cell cell = out.row(row).getCell(c);
                    cell.setCellStyle(styles.marks.marked(cell.getCellStyle(), row - headerRow - 1));
                }
            }
            out.row(row++).setHeightInPoints(SheetWriter.height(lines));
        }
        for (int c = 0; c < columns.size(); c++) {
            Column.Kind kind = columns.get(c).kind();
            if (kind == Column.Kind.ID || kind == Column.Kind.CHECK) {
                sheet.setColumnHidden(c, true);
            }
        }
        if (rows.isEmpty()) {
            out.text(row, 0, empty, styles.subtitle);
        } else {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, row - 1, 0, columns.size() - 1));
        }
        sheet.createFreezePane(0, headerRow + 1);
        out.printLandscapeFitToWidth(headerRow);
        printLegibly(sheet);
        return sheet;
    }

    /**
     * A lead paragraph: its label in the first column, its text wrapped across the columns after it,
     * as far as the first printed page reaches, so it never runs off the page or over a page break.
     */
    private void writeLead(SheetWriter out, int row, Lead lead) {
        int printed = 0;
        for (Column<T> column : columns) {
            printed += isHidden(column.kind()) ? 0 : column.width();
        }
        // A table too wide for one page prints two pages wide (see printLegibly): keep to the first.
        int limit = printed <= MOST_PRINTED_WIDTH ? printed : printed / 2;
        int reached = columns.get(0).width();
        int last = 1;
        int width = 0;
        for (int c = 1; c < columns.size(); c++) {
            int columnWidth =
                    isHidden(columns.get(c).kind()) ? 0 : columns.get(c).width();
            if (c > 1 && reached + columnWidth > limit) {
                break;
            }
            reached += columnWidth;
            width += columnWidth;
            last = c;
        }
        while (last > 1 && isHidden(columns.get(last).kind())) {
            last--;
        }
        out.text(row, 0, lead.label(), styles.textBold);
        out.banner(row, 1, last, lead.text(), styles.text);
        int lines = Math.max(
                TextFit.lines(lead.label(), columns.get(0).width(), true), SheetWriter.linesNeeded(lead.text(), width));
        out.row(row).setHeightInPoints(SheetWriter.height(lines));
    }

    private static boolean isHidden(Column.Kind kind) {
        return kind == Column.Kind.ID || kind == Column.Kind.CHECK;
    }

    /**
     * The most characters of column width that fit across A4 landscape with text still at least 8
     * points: about 140 characters fit at 11 points, so 190 at 8.
     */
    static final int MOST_PRINTED_WIDTH = 190;

    /** The leading columns repeated on a second page set, when a table is too wide: at most this wide. */
    private static final int KEY_COLUMNS_WIDTH = 45;

    /**
     * As wide as the leading columns may be when the next is the row's name (a bold column, such as
     * the Scope's service or a watchlist match's supplier), so the name is not left off.
     */
    private static final int KEY_COLUMNS_WITH_NAME = 60;

    /**
     * A table wider than {@link #MOST_PRINTED_WIDTH} would print too small on one page width, so it
     * prints two pages wide instead, its leading columns (the row's reference or name) repeated on
     * the second, so every printed page still says which row it is.
     */
    private void printLegibly(Sheet sheet) {
        int printed = 0;
        for (int c = 0; c < columns.size(); c++) {
            printed += sheet.isColumnHidden(c) ? 0 : columns.get(c).width();
        }
        if (printed <= MOST_PRINTED_WIDTH) {
            return;
        }
        int keys = 0;
        int keyWidth = 0;
        while (keys < columns.size()
                && (keys == 0
                        || keyWidth + columns.get(keys).width() <= KEY_COLUMNS_WIDTH
                        || (columns.get(keys).kind() == Column.Kind.BOLD
                                && keyWidth + columns.get(keys).width() <= KEY_COLUMNS_WITH_NAME))) {
            keyWidth += columns.get(keys).width();
            keys++;
        }
        sheet.getPrintSetup().setFitWidth((short) 2);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keys - 1));
    }

    /** Adds a dropdown of choices to the column under a header, for every data row. */
    static void dropdown(
            Sheet sheet, List<? extends Column<?>> columns, String header, int rowCount, String... choices) {
        int column = -1;
        for (int c = 0; c < columns.size() && column < 0; c++) {
            column = columns.get(c).header().equals(header) ? c : -1;
        }
        // Excel allows a list of at most 255 characters in all (a custom scale's labels could be longer);
        // without the list the cell is still read and checked when the workbook comes back.
        if (rowCount == 0 || column < 0 || String.join(",", choices).length() > 255) {
            return;
        }
        int headerRow = headerRow(sheet, column, header);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(headerRow + 1, headerRow + rowCount, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        // Excel's limits: a box's title is at most 32 characters, its text at most 255.
        String title = header.length() > 32 ? header.substring(0, 32) : header;
        String text = "Choose " + String.join(", ", choices) + ".";
        text = text.length() > 255 ? text.substring(0, 255) : text;
        validation.createErrorBox(title, text);
        validation.setShowPromptBox(true);
        validation.createPromptBox(title, text);
        sheet.addValidationData(validation);
    }

    /** The row holding a column's header: below any lead paragraphs, which start in the first column. */
    private static int headerRow(Sheet sheet, int column, String header) {
        for (int r = HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(column);
            if (cell != null && header.equals(CellValues.text(cell))) {
                return r;
            }
        }
        return HEADER_ROW;
    }

    /** Writes one cell and returns how many lines of its column its text takes (1 for other values). */
    private int write(SheetWriter out, int row, int column, Column<T> spec, T item) {
        Object value = spec.value().apply(item);
        if (value == null && isNumeric(spec.kind())) {
            out.text(row, column, null, styles.text);
            return 1;
        }
        switch (spec.kind()) {
            case TEXT -> {
                return text(out, row, column, spec, value, styles.text);
            }
            case BOLD -> {
                return text(out, row, column, spec, value, styles.textBold);
            }
            case INPUT -> {
                return text(out, row, column, spec, value, styles.input);
            }
            case ID, CHECK -> out.text(row, column, value == null ? null : value.toString(), styles.text);
            case DATE -> out.date(row, column, (LocalDate) value, styles.date);
            case INPUT_DATE -> out.date(row, column, (LocalDate) value, styles.inputDate);
            case INTEGER -> out.number(row, column, ((Number) value).doubleValue(), styles.integer);
            case MONEY -> out.number(row, column, ((Number) value).longValue() / 100.0, styles.money);
            case PERCENT -> out.number(row, column, ((Number) value).doubleValue(), styles.percent);
            case SCORE -> out.number(row, column, ((Number) value).doubleValue(), styles.score);
            case RATING -> {
                // A scale's labels come from the checklist and may be long; the rating styles are bold.
                Assessment level = (Assessment) value;
                String label = level == null ? Percentages.NOT_ASSESSED : scale.label(level);
                out.text(row, column, label, styles.rating(level));
                return TextFit.lines(label, spec.width(), level != null);
            }
        }
        return 1;
    }

    private static int text(SheetWriter out, int row, int column, Column<?> spec, Object value, CellStyle style) {
        String text = value == null ? null : value.toString();
        out.text(row, column, text, style);
        return text == null ? 1 : TextFit.lines(text, spec.width(), spec.kind() == Column.Kind.BOLD);
    }

    private static boolean isNumeric(Column.Kind kind) {
        return kind == Column.Kind.INTEGER
                || kind == Column.Kind.MONEY
                || kind == Column.Kind.PERCENT
                || kind == Column.Kind.SCORE;
    }

    /** Protects a sheet's locked cells without a password; users may still sort, filter and resize. */
    static void protect(Sheet sheet) {
        XSSFSheet xssf = (XSSFSheet) sheet;
        xssf.enableLocking();
        xssf.lockFormatCells(false);
        xssf.lockFormatColumns(false);
        xssf.lockFormatRows(false);
        xssf.lockSort(false);
        xssf.lockAutoFilter(false);
        xssf.lockSelectLockedCells(false);
        xssf.lockSelectUnlockedCells(false);
    }
}
