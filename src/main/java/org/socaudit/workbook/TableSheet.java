package org.socaudit.workbook;

import java.time.LocalDate;
import java.util.List;
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

/** Writes a sheet that is one table: a title, a note, a header row and one row per item. */
final class TableSheet<T> {

    private static final int HEADER_ROW = 2;

    private final Styles styles;
    private final Scale scale;
    private final List<Column<T>> columns;

    TableSheet(Styles styles, Scale scale, List<Column<T>> columns) {
        this.styles = styles;
        this.scale = scale;
        this.columns = List.copyOf(columns);
    }

    /** Writes the sheet and returns it; {@code empty} is shown when there are no rows. */
    Sheet write(Workbook workbook, String name, String note, List<T> rows, String empty) {
        Sheet sheet = workbook.createSheet(name);
        SheetWriter out =
                new SheetWriter(sheet, columns.stream().mapToInt(Column::width).toArray());
        out.text(0, 0, name, styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(1, 0, note, styles.subtitle);
        out.headers(
                HEADER_ROW, styles.header, columns.stream().map(Column::header).toArray(String[]::new));
        int row = HEADER_ROW + 1;
        for (T item : rows) {
            // The row is as deep as its deepest wrapped text, worked out as each cell is written.
            int lines = 1;
            for (int c = 0; c < columns.size(); c++) {
                lines = Math.max(lines, write(out, row, c, columns.get(c), item));
            }
            out.row(row++).setHeightInPoints(SheetWriter.height(lines));
        }
        if (rows.isEmpty()) {
            out.text(row, 0, empty, styles.subtitle);
        } else {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, row - 1, 0, columns.size() - 1));
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        out.printLandscapeFitToWidth(HEADER_ROW);
        return sheet;
    }

    /** Adds a dropdown of choices to a column for every data row. */
    static void dropdown(Sheet sheet, int column, int rowCount, String... choices) {
        if (rowCount == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + rowCount, column, column));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
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
