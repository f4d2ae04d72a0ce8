package org.socaudit.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Finds answers that a sort of some columns only has moved onto another question's row, from the
 * two things an answer table (see {@link TableSheet}) gives every row: the id in each hidden
 * "Row check" column between answer columns, and the {@link RowMarks mark} in the font of each
 * answer cell and of the row's id cell.
 *
 * <p>A cell carrying another row's id or mark is a copy, not a move, when that other row still
 * carries its own in the same column: filling an owner down, or copying an answer, leaves the
 * original where it was, while a sort leaves no row of those it touched holding its own. It was
 * cut and pasted by hand, a move the person meant, when that row's cell is now empty and plain (a
 * cut leaves the cell with no format; a sort leaves it another row's). Marks are
 * compared with the mark of the row's own id cell, so a whole-row sort that leaves formats behind
 * (LibreOffice with "Include formats" off) moves no answer away from its id and is not reported.
 */
final class MovedAnswers {

    /** How many different answers a column needs before its order alone is taken as a sign of a sort. */
    static final int SORTED_DISTINCT = 5;

    private final Sheet sheet;
    private final Map<String, Integer> rows;
    private final Map<Integer, String> idsByRow = new HashMap<>();
    private final Map<String, String> labels;
    private final int idColumn;

    /** Where each moved answer is: row, then the column of its first moved cell and the id it came from. */
    private final Map<Integer, Moved> moved = new TreeMap<>();

    private record Moved(int column, String fromId) {}

    private MovedAnswers(Sheet sheet, Map<String, Integer> rows, Map<String, String> labels, int idColumn) {
        this.sheet = sheet;
        this.rows = rows;
        this.labels = labels;
        this.idColumn = idColumn;
        rows.forEach((id, r) -> idsByRow.put(r, id));
    }

    /**
     * Records a problem at every row holding an answer moved there from another row, and one
     * saying how to put it right; nothing when no answer moved.
     *
     * @param rows the row of each id
     * @param labels the label (Ref or title) of each id, to name rows by
     */
    static void check(
            Sheet sheet,
            String sheetName,
            Map<String, Integer> rows,
            Map<String, String> labels,
            int idColumn,
            Map<String, Integer> answers,
            List<Integer> checkColumns,
            CellProblems problems) {
        MovedAnswers check = new MovedAnswers(sheet, rows, labels, idColumn);
        List<Integer> answerColumns = List.copyOf(answers.values());
        checkColumns.forEach(k -> check.byCheckColumn(k, answerColumns));
        answerColumns.forEach(check::byMarks);
        if (check.moved.isEmpty()) {
            if (check.inOriginalOrder()) {
                answers.forEach((header, column) -> check.sortedAlone(sheetName, header, column, problems));
            }
            return;
        }
        check.moved.forEach((r, m) -> problems.at(
                sheetName,
                r,
                m.column(),
                "this answer belongs to " + check.name(m.fromId()) + ", not to " + check.name(check.idsByRow.get(r))
                        + "; it was moved here by a sort of some columns without the others"));
        problems.inFile("answers on the '" + sheetName + "' sheet were moved away from their questions by sorting"
                + " some columns without the rest. Undo the sort (Ctrl+Z) before saving, or go back to the copy"
                + " saved before it. To sort, use the filter buttons in the header row, or select every column"
                + " of the table first.");
    }

    /** Whether the rows are in the order the toolkit wrote them (the order of the expected ids). */
    private boolean inOriginalOrder() {
        List<String> written =
                labels.keySet().stream().filter(rows::containsKey).toList();
        return written.equals(List.copyOf(rows.keySet()));
    }

    /**
     * The one sort no mark shows: a single answer column sorted by LibreOffice with "Include
     * formats" turned off. Its only trace is the order it leaves, answers in alphabetical (or
     * reverse) order from the top with the empty cells all at the end, which real answers
     * rarely fall into by chance once there are {@value #SORTED_DISTINCT} different ones. It is
     * noted as a warning, not refused: the toolkit cannot be sure.
     */
    private void sortedAlone(String sheetName, String header, int column, CellProblems problems) {
        List<String> values = new ArrayList<>();
        boolean blankSeen = false;
        for (int r : rows.values()) {
            String value = CellValues.text(cell(r, column));
            if (value == null) {
                blankSeen = true;
            } else if (blankSeen) {
                return;
            } else {
                values.add(value.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (values.stream().distinct().count() < SORTED_DISTINCT) {
            return;
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < values.size(); i++) {
            int order = values.get(i - 1).compareTo(values.get(i));
            ascending &= order <= 0;
            descending &= order >= 0;
        }
        if (ascending || descending) {
            int first = rows.values().iterator().next();
            problems.note(
                    sheetName,
                    first,
                    column,
                    "the '" + header + "' answers run in " + (ascending ? "alphabetical" : "reverse alphabetical")
                            + " order down the sheet, with the empty ones at the end, while the questions are in"
                            + " their original order: that is what sorting this column on its own leaves. If it"
                            + " was sorted, the answers are on the wrong questions: undo the sort and read it again");
        }
    }

    /** A row named by its label and where it is now, such as "GS 1a (row 6)". */
    private String name(String id) {
        if (id == null) {
            return "another question";
        }
        String label = labels.get(id);
        Integer row = rows.get(id);
        return (label == null ? "'" + id + "'" : label) + (row == null ? "" : " (row " + (row + 1) + ")");
    }

    private void byCheckColumn(int column, List<Integer> answerColumns) {
        rows.forEach((id, r) -> {
            String found = CellValues.text(cell(r, column));
            if (found == null || found.equals(id) || !hasAnswer(r, answerColumns)) {
                return;
            }
            Integer origin = rows.get(found);
            String left = origin == null ? null : CellValues.text(cell(origin, column));
            boolean copiedOrCut = origin != null && (found.equals(left) || left == null);
            if (!copiedOrCut) {
                record(r, nearestAnswer(column, answerColumns), found);
            }
        });
    }

    private void byMarks(int column) {
        Map<Integer, List<Integer>> rowsByMark = new HashMap<>();
        Map<Integer, Integer> own = new HashMap<>();
        rows.values().forEach(r -> {
            int mark = RowMarks.read(cell(r, idColumn));
            if (mark != 0) {
                own.put(r, mark);
                rowsByMark.computeIfAbsent(mark, m -> new ArrayList<>()).add(r);
            }
        });
        own.forEach((r, ownMark) -> {
            Cell cell = cell(r, column);
            int mark = RowMarks.read(cell);
            if (mark == 0 || mark == ownMark || CellValues.text(cell) == null) {
                return;
            }
            List<Integer> origins = rowsByMark.getOrDefault(mark, List.of());
            boolean copiedOrCut = origins.stream().filter(o -> o != r).anyMatch(o -> {
                Cell left = cell(o, column);
                return RowMarks.read(left) == mark || (RowMarks.read(left) == 0 && CellValues.text(left) == null);
            });
            if (!copiedOrCut) {
                record(r, column, origins.isEmpty() ? null : idsByRow.get(origins.get(0)));
            }
        });
    }

    private void record(int row, int column, String fromId) {
        Moved earlier = moved.get(row);
        if (earlier == null || column < earlier.column()) {
            moved.put(row, new Moved(column, fromId == null && earlier != null ? earlier.fromId() : fromId));
        }
    }

    private boolean hasAnswer(int row, List<Integer> answerColumns) {
        return answerColumns.stream().anyMatch(c -> CellValues.text(cell(row, c)) != null);
    }

    /** The answer column just before a check column (the one the check sits after). */
    private static int nearestAnswer(int checkColumn, List<Integer> answerColumns) {
        int best = answerColumns.get(0);
        for (int c : answerColumns) {
            if (c < checkColumn && c > best) {
                best = c;
            }
        }
        return best;
    }

    private Cell cell(int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }
}
