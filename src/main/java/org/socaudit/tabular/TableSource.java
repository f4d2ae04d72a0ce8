package org.socaudit.tabular;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** A file of rows, CSV or XLSX, pushed one row at a time so that no file is ever held whole. */
interface TableSource {

    /** Pushes every row of the file, in order, to the sink. */
    void rows(RowSink sink) throws InvalidInputException;

    /** Receives the rows of a table; {@code number} is the 1-based row of the file. */
    @FunctionalInterface
    interface RowSink {
        void row(long number, List<String> cells) throws InvalidInputException;
    }

    /** What the user should know about how the file was read, such as which sheet; null for nothing. */
    default String note() {
        return null;
    }

    /** The source for a file, chosen by its extension; {@code test} tells which sheet of a workbook holds the table. */
    static TableSource forFile(Path file, XlsxTable.SheetTest test) throws InvalidInputException {
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvTable(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxTable(file, test);
        }
        String hint = name.endsWith(".xls")
                ? "is an Excel 97-2003 workbook; save it as an Excel Workbook (.xlsx) or as CSV"
                : "is neither CSV (.csv, .txt) nor an Excel workbook (.xlsx, .xlsm)";
        throw new InvalidInputException(Problem.inFile(file.toString(), hint));
    }
}
