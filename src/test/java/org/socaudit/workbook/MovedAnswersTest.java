package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * An answer table of any length, edited as people edit them, read back: sorts of some columns are
 * refused, copies are not, and the order heuristic warns only where it should.
 */
class MovedAnswersTest {

    private record Item(String id, String label, String answer, LocalDate due) {}

    private static final int HEADER = 2;

    /** Columns: Ref, Question, [check], Answer, [check], Due, Id. */
    private static Sheet table(XSSFWorkbook workbook, int rows) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            items.add(new Item("q" + i, "R" + i, null, null));
        }
        List<Column<Item>> columns = List.of(
                Column.of("Ref", 6, Column.Kind.BOLD, Item::label),
                Column.text("Question", 20, i -> "Question " + i.id()),
                Column.of("Answer", 20, Column.Kind.INPUT, Item::answer),
                Column.of("Due", 12, Column.Kind.INPUT_DATE, Item::due));
        List<Column<Item>> all = TableSheet.answerColumns(columns, "Id", i -> i.id());
        return new TableSheet<>(new Styles(workbook), null, all).write(workbook, "T", "", items, "");
    }

    private static Map<String, String> expected(int rows) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            labels.put("q" + i, "R" + i);
        }
        return labels;
    }

    private static CellProblems read(Sheet sheet, int rows) {
        CellProblems problems = new CellProblems("t.xlsx");
        KeyedRows.read(
                sheet,
                new KeyedRows.Spec("T", "Id", "Ref", List.of("Id", "Ref", "Answer", "Due")),
                expected(rows),
                problems);
        return problems;
    }

    private static Cell answer(Sheet sheet, int item) {
        return sheet.getRow(HEADER + 1 + item).getCell(3);
    }

    /** Swaps two cells' values and formats, as a sort of that column alone does. */
    private static void swap(Cell a, Cell b) {
        String text = a.getStringCellValue();
        CellStyle style = a.getCellStyle();
        a.setCellValue(b.getStringCellValue());
        a.setCellStyle(b.getCellStyle());
        b.setCellValue(text);
        b.setCellStyle(style);
    }

    @Test
    void inALongTableASortOfOneColumnIsRefusedThoughShadesRepeat() throws Exception {
        int rows = RowMarks.CYCLE + 50;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = table(workbook, rows);
            answer(sheet, 3).setCellValue("Good");
            answer(sheet, 5).setCellValue("Acceptable");
            // Items 5 and 405 share a shade; 405 still holds its own.
            swap(answer(sheet, 3), answer(sheet, 5));

            CellProblems problems = read(sheet, rows);

            assertEquals(3, problems.size(), "two moved answers and how to put them right");
        }
    }

    @Test
    void aCopyChainIsRefusedButASingleCopyIsNot() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = table(workbook, 10);
            answer(sheet, 1).setCellValue("Head of HR");
            Cell copy = answer(sheet, 6);
            copy.setCellValue("Head of HR");
            copy.setCellStyle(answer(sheet, 1).getCellStyle());
            assertTrue(read(sheet, 10).isEmpty(), "copying one answer to another question is fine");

            // Then item 2's answer is copied, with its format, over item 1's.
            answer(sheet, 2).setCellValue("Chief Executive");
            answer(sheet, 1).setCellValue("Chief Executive");
            answer(sheet, 1).setCellStyle(answer(sheet, 2).getCellStyle());

            CellProblems problems = read(sheet, 10);

            assertEquals(2, problems.size(), "item 6 now carries a shade its own row no longer holds");
        }
    }

    @Test
    void aHeaderRowSortedInAmongTheRowsIsNamedAsSuch() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = table(workbook, 6);
            // A sort with the header row inside the range and "Range contains column labels" unticked.
            sheet.shiftRows(HEADER, HEADER, 10);
            sheet.shiftRows(HEADER + 1, HEADER + 6, -1);
            sheet.shiftRows(HEADER + 10, HEADER + 10, -4);

            CellProblems problems = read(sheet, 6);

            assertEquals(1, problems.size());
            assertTrue(problems.toString().contains("a sort took it in among the rows"), problems.toString());
        }
    }

    @Test
    void theOrderWarningFollowsSpreadsheetCollationAndLeavesDatesAlone() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = table(workbook, 8);
            String[] sorted = {"Anna", "bob", "Émile", "Fred", "george", "Zed"};
            for (int i = 0; i < sorted.length; i++) {
                answer(sheet, i).setCellValue(sorted[i]);
                sheet.getRow(HEADER + 1 + i).getCell(5).setCellValue(LocalDate.of(2027, 1 + i, 1));
            }

            CellProblems problems = read(sheet, 8);

            assertEquals(1, problems.notes().size(), problems.notes().toString());
            assertTrue(problems.notes().get(0).toString().contains("'Answer' answers run in alphabetical order"));
        }
    }

    @Test
    void everyAnswerColumnHasACheckColumnOnEachSide() {
        List<Column<Item>> columns = List.of(
                Column.text("A", 5, Item::id),
                Column.of("B", 5, Column.Kind.INPUT, Item::id),
                Column.text("C", 5, Item::id),
                Column.of("D", 5, Column.Kind.INPUT, Item::id),
                Column.of("E", 5, Column.Kind.INPUT_DATE, Item::due));

        List<String> headers = TableSheet.answerColumns(columns, "Id", Item::id).stream()
                .map(Column::header)
                .toList();

        assertEquals(
                List.of("A", "Row check", "B", "Row check", "C", "Row check", "D", "Row check", "E", "Id"), headers);
    }
}
