package org.socaudit.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Finds cells of the toolkit's table sheets by header and row id, as a person reading them would. */
public final class Cells {

    private static final DataFormatter FORMATTER = new DataFormatter();

    private Cells() {}

    /** The column whose header (in the first rows) is this text. */
    public static int column(Sheet sheet, String header) {
        return headerCell(sheet, header).getColumnIndex();
    }

    /** The row holding this header: a table's header row, under any text shown above the table. */
    public static int headerRow(Sheet sheet, String header) {
        return headerCell(sheet, header).getRowIndex();
    }

    private static Cell headerCell(Sheet sheet, String header) {
        for (int r = 0; r <= Math.min(20, sheet.getLastRowNum()); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (header.equals(FORMATTER.formatCellValue(cell))) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no '" + header + "' header on " + sheet.getSheetName());
    }

    /** The row whose cell under {@code keyHeader} holds {@code key}. */
    public static Row row(Sheet sheet, String keyHeader, String key) {
        int column = column(sheet, keyHeader);
        for (Row row : sheet) {
            if (key.equals(FORMATTER.formatCellValue(row.getCell(column)))) {
                return row;
            }
        }
        throw new AssertionError("no row with " + keyHeader + " '" + key + "' on " + sheet.getSheetName());
    }

    /** The cell under a header in a row, created when it does not exist. */
    public static Cell cell(Row row, String header) {
        int column = column(row.getSheet(), header);
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }

    /** Every text cell of the sheet, row by row, as shown. */
    public static java.util.List<String> texts(Sheet sheet) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = FORMATTER.formatCellValue(cell);
                if (!text.isBlank()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** Whether some text cell of the sheet contains this text. */
    public static boolean shows(Sheet sheet, String text) {
        return texts(sheet).stream().anyMatch(t -> t.contains(text));
    }

    /** The cell under {@code header} in the row whose {@code keyHeader} cell holds {@code key}. */
    public static Cell cell(Sheet sheet, String keyHeader, String key, String header) {
        return cell(row(sheet, keyHeader, key), header);
    }
}
