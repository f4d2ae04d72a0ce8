package org.socaudit.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The rows of a table sheet the toolkit wrote, found by the id each carries in its hidden column.
 * Columns are found by header; an unknown id, a row whose visible label no longer matches its id
 * (sorted without the hidden column), a repeated id, a missing row, or an answer moved onto another
 * row by a sort of some columns only ({@link MovedAnswers}) is a located problem.
 */
final class KeyedRows {

    private final Sheet sheet;
    private final Map<String, Integer> columns;
    private final Map<String, Integer> rows;

    private KeyedRows(Sheet sheet, Map<String, Integer> columns, Map<String, Integer> rows) {
        this.sheet = sheet;
        this.columns = columns;
        this.rows = rows;
    }

    /** The row each id is on, in the order the rows appear. */
    Map<String, Integer> rows() {
        return rows;
    }

    /** The cell under a header in a row, or null when blank. */
    Cell cell(int row, String header) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(columns.get(header));
    }

    int column(String header) {
        return columns.get(header);
    }

    /** What a table sheet must have: its name, id column, label column and the other headers read. */
    record Spec(String sheetName, String idHeader, String labelHeader, List<String> headers) {}

    /**
     * Reads the rows of a sheet against the expected ids and the label each should show. Returns
     * null when the sheet or a header is missing (with the problem recorded).
     */
    static KeyedRows read(Sheet sheet, Spec spec, Map<String, String> expected, CellProblems problems) {
        if (sheet == null) {
            problems.inFile("has no '" + spec.sheetName() + "' sheet");
            return null;
        }
        int before = problems.size();
        Map<String, Integer> columns = headerColumns(sheet, spec, problems);
        if (columns == null) {
            return null;
        }
        int headerRow = columns.remove("");
        if (sortedIntoTheTable(sheet, headerRow, columns.get(spec.idHeader()), expected)) {
            problems.at(
                    spec.sheetName(),
                    headerRow,
                    0,
                    "the header row is no longer above the table: a sort took it in among the rows (was 'Range"
                            + " contains column labels' unticked?). Undo the sort, or put the header row back on"
                            + " top");
            return null;
        }
        List<Integer> checkColumns = checkColumns(sheet.getRow(headerRow));
        Map<String, Integer> rows = new LinkedHashMap<>();
        int idColumn = columns.get(spec.idHeader());
        int labelColumn = columns.get(spec.labelHeader());
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String id = row == null ? null : CellValues.text(row.getCell(idColumn));
            if (id == null) {
                continue;
            }
            String label = CellValues.text(row.getCell(labelColumn));
            if (!expected.containsKey(id)) {
                problems.at(
                        spec.sheetName(),
                        r,
                        idColumn,
                        "'" + id + "' is not an id of this workbook; the hidden '" + spec.idHeader()
                                + "' column has been edited");
            } else if (expected.get(id) != null && !expected.get(id).equals(label)) {
                problems.at(
                        spec.sheetName(),
                        r,
                        labelColumn,
                        "this row shows '" + label + "' but its hidden id is '" + id
                                + "' ('" + expected.get(id)
                                + "'): rows were sorted without the hidden column; undo the sort,"
                                + " or sort whole rows");
            } else if (rows.containsKey(id)) {
                problems.at(
                        spec.sheetName(),
                        r,
                        idColumn,
                        "'" + id + "' appears twice (also on row " + (rows.get(id) + 1) + ")");
            } else {
                rows.put(id, r);
            }
        }
        if (problems.size() == before) {
            Map<String, Integer> answerColumns = new LinkedHashMap<>();
            spec.headers().stream()
                    .filter(h -> !h.equals(spec.idHeader()) && !h.equals(spec.labelHeader()))
                    .forEach(h -> answerColumns.put(h, columns.get(h)));
            MovedAnswers.check(
                    sheet, spec.sheetName(), rows, expected, idColumn, answerColumns, checkColumns, problems);
        }
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            if (!rows.containsKey(entry.getKey()) && problems.size() == before) {
                problems.inFile("'" + entry.getValue() + "' (" + entry.getKey() + ") is missing from the '"
                        + spec.sheetName() + "' sheet; was its row deleted?");
            }
        }
        return new KeyedRows(sheet, columns, rows);
    }

    /** Whether rows holding the table's ids sit above its header row, as after a sort that took the header in. */
    private static boolean sortedIntoTheTable(Sheet sheet, int headerRow, int idColumn, Map<String, String> expected) {
        for (int r = 0; r < headerRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null && expected.containsKey(CellValues.text(row.getCell(idColumn)))) {
                return true;
            }
        }
        return false;
    }

    /** The hidden check columns beside answer columns, by their header. */
    private static List<Integer> checkColumns(Row header) {
        List<Integer> found = new ArrayList<>();
        for (Cell cell : header) {
            if (TableSheet.CHECK_HEADER.equalsIgnoreCase(CellValues.text(cell))) {
                found.add(cell.getColumnIndex());
            }
        }
        return found;
    }

    /** The column of each header, and the header row under the key "", found by the id header. */
    private static Map<String, Integer> headerColumns(Sheet sheet, Spec spec, CellProblems problems) {
        // The header is near the top; a sort that took it in among the rows can put it anywhere.
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> found = new HashMap<>();
            for (Cell cell : row) {
                String text = CellValues.text(cell);
                if (text != null) {
                    found.putIfAbsent(text.toLowerCase(Locale.ROOT), cell.getColumnIndex());
                }
            }
            if (found.containsKey(spec.idHeader().toLowerCase(Locale.ROOT))) {
                return pick(found, r, spec, problems);
            }
        }
        problems.inFile("the '" + spec.sheetName() + "' sheet has no '" + spec.idHeader() + "' column");
        return null;
    }

    private static Map<String, Integer> pick(
            Map<String, Integer> found, int headerRow, Spec spec, CellProblems problems) {
        Map<String, Integer> columns = new HashMap<>();
        boolean complete = true;
        for (String header : spec.headers()) {
            Integer column = found.get(header.toLowerCase(Locale.ROOT));
            if (column == null) {
                problems.at(spec.sheetName(), headerRow, 0, "the '" + header + "' column is missing");
                complete = false;
            } else {
                columns.put(header, column);
            }
        }
        columns.put("", headerRow);
        return complete ? columns : null;
    }
}
