package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Gathers the cells of each sheet row from POI's events and passes the row on when it ends. */
final class XlsxRowCollector implements SheetContentsHandler {

    /** Carries a problem out through the XML parser, which only lets unchecked exceptions pass. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient InvalidInputException problem;

        Stop(InvalidInputException problem) {
            super(problem.getMessage(), problem, false, false);
            this.problem = problem;
        }

        InvalidInputException problem() {
            return problem;
        }
    }

    /** XFD, the last column of an Excel sheet, 0-based. */
    static final int LAST_COLUMN = 16_383;

    private final TableSource.RowSink sink;
    private final String file;
    private final String sheet;
    // Reused for every row: the sink must not keep it.
    private final List<String> cells = new ArrayList<>();
    private long row;

    XlsxRowCollector(TableSource.RowSink sink, String file, String sheet) {
        this.sink = sink;
        this.file = file;
        this.sheet = sheet;
    }

    /** Where reading is: the sheet and the 1-based row, for a problem POI raises in the middle of a row. */
    String place() {
        return row == 0 ? "sheet '" + sheet + "'" : "sheet '" + sheet + "', row " + row;
    }

    @Override
    public void startRow(int rowNum) {
        row = rowNum + 1L;
        cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
        try {
            sink.row(rowNum + 1L, cells);
        } catch (InvalidInputException e) {
            throw new Stop(e);
        }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null || cellReference.isEmpty() ? cells.size() : column(cellReference);
        if (column < 0 || column > LAST_COLUMN) {
            // A damaged or hand-made file: a column Excel cannot have would make the row list enormous.
            throw new Stop(new InvalidInputException(Problem.inCell(
                    file,
                    sheet,
                    cellReference,
                    "is not a cell reference of an Excel sheet (columns A to XFD); the workbook is damaged")));
        }
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, formattedValue);
    }

    /** The 0-based column of a reference such as {@code AB12}; -1 when it has no column letters or too many. */
    static int column(String cellReference) {
        int column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = Character.toUpperCase(cellReference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            if (i == 3) {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
