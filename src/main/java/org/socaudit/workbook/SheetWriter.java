package org.socaudit.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells into one sheet. Text is always written as a text cell, so a value from an input that
 * starts with "=" or "@" can never become a formula; nothing here creates hyperlinks.
 */
final class SheetWriter {

    /** Points per line of 11-point wrapped text, and a little padding. */
    private static final float LINE_POINTS = 15f;

    private final Sheet sheet;
    private final int[] widths;

    SheetWriter(Sheet sheet, int... widthsInCharacters) {
        this.sheet = sheet;
        this.widths = widthsInCharacters.clone();
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
    }

    Sheet sheet() {
        return sheet;
    }

    Row row(int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    /**
     * A text cell; null is written as an empty cell with the style. Text longer than a cell can hold
     * is cut, visibly (see {@link CutText}).
     */
    Cell text(int row, int column, String value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        if (value != null) {
            cell.setCellValue(CutText.fit(sheet.getWorkbook(), value));
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** A number cell. */
    Cell number(int row, int column, double value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A date cell; null is written as an empty cell with the style. */
    Cell date(int row, int column, LocalDate value, CellStyle style) {
        Cell cell = row(row).createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** Header cells across a row. */
    void headers(int row, CellStyle style, String... headers) {
        for (int column = 0; column < headers.length; column++) {
            text(row, column, headers[column], style);
        }
        fitHeight(row);
    }

    /** A text cell merged across columns, for titles and headings. */
    void banner(int row, int firstColumn, int lastColumn, String value, CellStyle style) {
        text(row, firstColumn, value, style);
        for (int column = firstColumn + 1; column <= lastColumn; column++) {
            text(row, column, null, style);
        }
        if (lastColumn > firstColumn) {
            // Unchecked: banners never overlap, and checking each against all the others is quadratic.
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, firstColumn, lastColumn));
        }
    }

    /**
     * Sets a row's height to fit its wrapped text. Spreadsheet programs do not all grow rows on
     * opening, so the height is estimated from the text length and the column widths.
     */
    void fitHeight(int rowIndex) {
        Row row = row(rowIndex);
        int lines = 1;
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (column < widths.length && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                boolean bold = sheet.getWorkbook()
                        .getFontAt(cell.getCellStyle().getFontIndex())
                        .getBold();
                lines = Math.max(lines, TextFit.lines(cell.getStringCellValue(), widths[column], bold));
            }
        }
        row.setHeightInPoints(height(lines));
    }

    /** The tallest row Excel allows, in points. */
    static final float MAX_ROW_POINTS = 409;

    /** The height in points of a row of wrapped text this many lines deep, at most Excel's limit. */
    static float height(int lines) {
        return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 3);
    }

    /** Sets a row's height to fit text spread across merged columns. */
    void fitMergedHeight(int rowIndex, String value, int totalWidth) {
        row(rowIndex).setHeightInPoints(height(linesNeeded(value, totalWidth)));
    }

    /**
     * Prints the sheet on A4 landscape, fitted to the page width; a header row, when given (0 or
     * more), repeats at the top of every page.
     */
    void printLandscapeFitToWidth(int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }

    /**
     * Prints the sheet on one A4 landscape page, shrunk to fit: for summaries, which are read as a
     * page, with their charts never split.
     */
    void printOnOnePage() {
        printOnOnePage(true);
    }

    /** As {@link #printOnOnePage()}, upright for a summary taller than it is wide. */
    void printOnOnePage(boolean landscape) {
        printLandscapeFitToWidth(-1);
        sheet.getPrintSetup().setLandscape(landscape);
        sheet.getPrintSetup().setFitHeight((short) 1);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
    }

    static int linesNeeded(String text, int widthInCharacters) {
        return TextFit.lines(text, widthInCharacters, false);
    }
}
