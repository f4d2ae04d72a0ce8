package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.socaudit.model.InvalidInputException;

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

    private final TableSource.RowSink sink;
    // Reused for every row: the sink must not keep it.
    private final List<String> cells = new ArrayList<>();

    XlsxRowCollector(TableSource.RowSink sink) {
        this.sink = sink;
    }

    @Override
    public void startRow(int rowNum) {
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
        int column = cellReference == null ? cells.size() : column(cellReference);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, formattedValue);
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    static int column(String cellReference) {
        int column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = cellReference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }
}
