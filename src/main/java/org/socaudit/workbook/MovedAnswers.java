package org.socaudit.workbook;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Finds answers that have been moved onto another question's row, from the two things an answer
 * table (see {@link TableSheet}) gives every row: the id in each hidden "Row check" column beside
 * the answer columns, and the {@link RowMarks mark} in the font of each answer cell and of the
 * row's id cell.
 *
 * <p>A sort only ever rearranges cells, so each id or mark is found as many times after it as
 * before. A cell carrying another row's id or mark is therefore accepted only as a copy: when that
 * id or mark is now found more often than the rows it belongs to (filling an owner down, copying an
 * answer), and one of those rows still holds it. Anything else (a sort of some columns, or a cut
 * and paste with formats, which no read can tell from a sort) is refused. Marks are compared with
 * the mark of the row's own id cell, so a whole-row sort that leaves formats behind (LibreOffice
 * with "Include formats" off) moves no answer away from its id and is not reported.
 */
final class MovedAnswers {

    /** How many different answers a column needs before its order alone is taken as a sign of a sort. */
    static final int SORTED_DISTINCT = 5;

    private final Sheet sheet;
    private final Map<String, Integer> rows;
    private final Map<Integer, String> idsByRow = new HashMap<>();
    private final Map<String, String> labels;
    private final int idColumn;

    /** Where each moved answer is: row, then the column of its first moved cell and the row it came from. */
    private final Map<Integer, Moved> moved = new TreeMap<>();

    private record Moved(int column, Integer from) {}

    private MovedAnswers(Sheet sheet, Map<String, Integer> rows, Map<String, String> labels, int idColumn) {
        this.sheet = sheet;
        this.rows = rows;
        this.labels = labels;
        this.idColumn = idColumn;
        rows.forEach((id, r) -> idsByRow.put(r, id));
    }

    /**
     * Records a problem at every row holding an answer moved there from another row, and one
     * saying how to put it right; with none, notes an answer column whose order suggests it was
     * sorted on its own.
     *
     * @param rows the row of each id
     * @param labels the label (Ref or title) of each id, in the order the toolkit wrote the rows
     * @param answers the column of each answer header
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
                "this answer came from " + check.name(m.from()) + ", not from " + check.name(r) + " where it is now"));
        problems.inFile("answers on the '" + sheetName + "' sheet have been moved onto other questions, by sorting"
                + " some columns without the rest or by cutting and pasting cells. Undo it (Ctrl+Z) before"
                + " saving, or go back to the copy saved before it. To sort, use the filter buttons in the"
                + " header row, or select every column first. To move an answer on purpose, type it on its row,"
                + " or copy it and paste the value only (Paste Special, Values).");
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
     * reverse) order from the top with the empty cells all at the end, which real answers rarely
     * fall into by chance once there are {@value #SORTED_DISTINCT} different ones. Dates and numbers
     * are left out (target dates often rise down a sheet), and it is a warning, not a refusal: the
     * toolkit cannot be sure.
     */
    private void sortedAlone(String sheetName, String header, int column, CellProblems problems) {
        List<String> values = new ArrayList<>();
        boolean blankSeen = false;
        for (int r : rows.values()) {
            Cell cell = cell(r, column);
            String value = CellValues.text(cell);
            if (value == null) {
                blankSeen = true;
            } else if (blankSeen || cell.getCellType() == CellType.NUMERIC) {
                return;
            } else {
                values.add(value);
            }
        }
        if (values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().count() < SORTED_DISTINCT) {
            return;
        }
        // Compared as spreadsheet programs sort text: ignoring case and accents.
        Collator collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.PRIMARY);
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < values.size(); i++) {
            int order = collator.compare(values.get(i - 1), values.get(i));
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

    /** A row named by its label and number, such as "GS 1a's row (row 6)". */
    private String name(Integer row) {
        if (row == null) {
            return "another question's row";
        }
        String label = labels.get(idsByRow.get(row));
        return (label == null ? "'" + idsByRow.get(row) + "'" : label) + "'s row (row " + (row + 1) + ")";
    }

    private void byCheckColumn(int column, List<Integer> answerColumns) {
        Map<String, Integer> found = new HashMap<>();
        rows.keySet().forEach(id -> {
            String value = CellValues.text(cell(rows.get(id), column));
            if (value != null) {
                found.merge(value, 1, Integer::sum);
            }
        });
        rows.forEach((id, r) -> {
            String value = CellValues.text(cell(r, column));
            if (value == null || value.equals(id) || !hasAnswer(r, answerColumns)) {
                return;
            }
            Integer origin = rows.get(value);
            boolean copied =
                    origin != null && found.get(value) > 1 && value.equals(CellValues.text(cell(origin, column)));
            if (!copied) {
                record(r, nearestAnswer(column, answerColumns), origin);
            }
        });
    }

    private void byMarks(int column) {
        Map<Integer, List<Integer>> owners = new HashMap<>();
        Map<Integer, Integer> own = new HashMap<>();
        rows.values().forEach(r -> {
            int mark = RowMarks.read(cell(r, idColumn));
            if (mark != 0) {
                own.put(r, mark);
                owners.computeIfAbsent(mark, m -> new ArrayList<>()).add(r);
            }
        });
        IntFunction<Integer> markAt = r -> RowMarks.read(cell(r, column));
        Map<Integer, Integer> found = new HashMap<>();
        rows.values().forEach(r -> found.merge(markAt.apply(r), 1, Integer::sum));
        own.forEach((r, ownMark) -> {
            Cell cell = cell(r, column);
            int mark = markAt.apply(r);
            if (mark == 0 || mark == ownMark || CellValues.text(cell) == null) {
                return;
            }
            List<Integer> from = owners.getOrDefault(mark, List.of());
            boolean copied = found.get(mark) > from.size() && from.stream().anyMatch(o -> markAt.apply(o) == mark);
            if (!copied) {
                // Name the row the answer left: one of that mark's rows that no longer holds it.
                Integer origin = from.stream()
                        .filter(o -> markAt.apply(o) != mark)
                        .findFirst()
                        .orElse(null);
                record(r, column, origin);
            }
        });
    }

    private void record(int row, int column, Integer from) {
        Moved earlier = moved.get(row);
        if (earlier == null || column < earlier.column()) {
            moved.put(row, new Moved(column, from == null && earlier != null ? earlier.from() : from));
        }
    }

    private boolean hasAnswer(int row, List<Integer> answerColumns) {
        return answerColumns.stream().anyMatch(c -> CellValues.text(cell(row, c)) != null);
    }

    /** The answer column nearest a check column, the one just before it or else just after. */
    private static int nearestAnswer(int checkColumn, List<Integer> answerColumns) {
        int best = answerColumns.get(0);
        for (int c : answerColumns) {
            if (Math.abs(c - checkColumn) < Math.abs(best - checkColumn)
                    || (Math.abs(c - checkColumn) == Math.abs(best - checkColumn) && c < best)) {
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
