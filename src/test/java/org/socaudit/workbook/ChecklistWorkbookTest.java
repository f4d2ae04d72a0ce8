package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Response;
import org.socaudit.testing.Answers;
import org.socaudit.xml.BundledContent;

/** The fillable workbook, read back with POI as a user's spreadsheet program would leave it. */
class ChecklistWorkbookTest {

    private final Checklist checklist = BundledContent.checklist();

    @Test
    void templateHasInstructionsChecklistAndHiddenIds() throws Exception {
        try (XSSFWorkbook workbook = open(template())) {
            assertEquals("Instructions", workbook.getSheetName(0));
            assertEquals("Checklist", workbook.getSheetName(1));
            assertEquals(SheetVisibility.HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex("ids")));
            XSSFSheet sheet = workbook.getSheet("Checklist");
            assertEquals(
                    List.of(
                            "Ref",
                            "Section",
                            "Question",
                            "Response / Action taken",
                            "Assessment",
                            "Owner",
                            "Target date",
                            "Evidence / reference",
                            "Question id"),
                    texts(sheet.getRow(2)));
            assertTrue(sheet.isColumnHidden(8));
            assertTrue(sheet.getProtect(), "protected against accidental structure changes");
            assertFalse(sheet.getCTWorksheet().getSheetProtection().isSetPassword(), "no password");
            assertEquals("GOVERNANCE AND STRATEGY", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(
                    "1. Awareness, Strategy, Guidance and Training",
                    sheet.getRow(4).getCell(0).getStringCellValue());
            Row first = sheet.getRow(5);
            assertEquals("GS 1a", first.getCell(0).getStringCellValue());
            assertEquals("awareness-a", first.getCell(8).getStringCellValue());
            assertTrue(first.getCell(2).getCellStyle().getLocked(), "question locked");
            assertFalse(first.getCell(3).getCellStyle().getLocked(), "response unlocked");
            assertFalse(first.getCell(4).getCellStyle().getLocked(), "assessment unlocked");
            assertTrue(sheet.getRepeatingRows() != null, "header repeated when printed");
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void assessmentHasADropdownOfTheScaleLabels() throws Exception {
        try (XSSFWorkbook workbook = open(template())) {
            List<XSSFDataValidation> validations =
                    workbook.getSheet("Checklist").getDataValidations();
            assertEquals(1, validations.size());
            assertEquals(
                    List.of("Good", "Acceptable", "Needs improvement"),
                    List.of(validations.get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals(
                    4, validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn());
        }
    }

    @Test
    void filledAnswersReadBackExactly() throws Exception {
        byte[] workbook = filled(Map.of(
                "awareness-a",
                        new String[] {"Good", "Strategy briefed to CMT", "Chief Executive", "2027-03-31", "CMT minutes"
                        },
                "procurement-b",
                        new String[] {"Needs improvement", "No sector checks", "Head of Procurement", "", ""}));

        FilledChecklist read = read(workbook);

        Map<String, Response> answers = byId(read.responses());
        assertEquals(32, read.questionIds().size());
        Response awareness = answers.get("awareness-a");
        assertEquals(Assessment.GOOD, awareness.assessment());
        assertEquals("Strategy briefed to CMT", awareness.actionTaken());
        assertEquals("Chief Executive", awareness.owner());
        assertEquals(LocalDate.of(2027, 3, 31), awareness.targetDate());
        assertEquals("CMT minutes", awareness.evidence());
        assertEquals(Assessment.NEEDS_IMPROVEMENT, answers.get("procurement-b").assessment());
        assertNull(answers.get("procurement-b").targetDate());
        assertNull(answers.get("licensing-a").assessment());
        assertEquals("Testshire County Council", read.responses().authority());
    }

    @Test
    void toleratesCaseSpacesAndNeedsImprovementCapitalised() throws Exception {
        byte[] workbook = filled(Map.of(
                "awareness-a", new String[] {"  good ", "", "", "", ""},
                "awareness-b", new String[] {"Needs Improvement", "", "", "", ""},
                "awareness-c", new String[] {"ACCEPTABLE", "", "", "", ""},
                "awareness-d", new String[] {"needs\u00a0improvement", "", "", "", ""}));

        Map<String, Response> answers = byId(read(workbook).responses());

        assertEquals(Assessment.GOOD, answers.get("awareness-a").assessment());
        assertEquals(Assessment.NEEDS_IMPROVEMENT, answers.get("awareness-b").assessment());
        assertEquals(Assessment.ACCEPTABLE, answers.get("awareness-c").assessment());
        assertEquals(Assessment.NEEDS_IMPROVEMENT, answers.get("awareness-d").assessment());
    }

    @Test
    void reportsEveryBadValueWithItsCell() throws Exception {
        byte[] workbook = filled(Map.of(
                "risk-management-b", new String[] {"Gud", "", "", "", ""},
                "procurement-a", new String[] {"Good", "", "", "next spring", ""},
                "procurement-b", new String[] {"5", "", "", "", ""}));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(workbook));

        assertEquals(
                List.of(
                        "filled.xlsx!Checklist!E14: 'Gud' is not one of Good, Acceptable, Needs improvement",
                        "filled.xlsx!Checklist!G37: 'next spring' is not a date; use dd/mm/yyyy",
                        "filled.xlsx!Checklist!E38: '5' is not one of Good, Acceptable, Needs improvement"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void readsBackExactlyAfterRowsAreSortedAndHidden() throws Exception {
        byte[] workbook = filled(Map.of(
                "awareness-a", new String[] {"Good", "first", "", "", ""},
                "insider-threat-d", new String[] {"Needs improvement", "last", "", "", ""}));
        byte[] shuffled;
        try (XSSFWorkbook book = open(workbook)) {
            XSSFSheet sheet = book.getSheet("Checklist");
            swapRows(sheet, 5, sheet.getLastRowNum());
            sheet.getRow(7).setZeroHeight(true);
            shuffled = save(book);
        }

        Map<String, Response> answers = byId(read(shuffled).responses());

        assertEquals(Assessment.GOOD, answers.get("awareness-a").assessment());
        assertEquals("first", answers.get("awareness-a").actionTaken());
        assertEquals(
                Assessment.NEEDS_IMPROVEMENT, answers.get("insider-threat-d").assessment());
        assertEquals("last", answers.get("insider-threat-d").actionTaken());
    }

    @Test
    void refusesRowsWhoseAnswersWereSortedAwayFromTheirIds() throws Exception {
        byte[] workbook = filled(Map.of("awareness-a", new String[] {"Good", "first", "", "", ""}));
        byte[] halfSorted;
        try (XSSFWorkbook book = open(workbook)) {
            XSSFSheet sheet = book.getSheet("Checklist");
            // A sort that left out the hidden id column: columns A to H move, I stays.
            swapColumns(sheet, 5, 6, 0, 7);
            halfSorted = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(halfSorted));

        assertEquals(
                "filled.xlsx!Checklist!A6: this row shows GS 1b but its hidden question id is 'awareness-a' (GS 1a):"
                        + " rows were sorted without the hidden column; undo the sort, or sort whole rows",
                e.problems().get(0).toString());
    }

    @Test
    void readsTheCouncilAndDateTypedAboveTheTable() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = open(template())) {
            Row details = book.getSheet("Checklist").getRow(1);
            assertEquals("Council", details.getCell(0).getStringCellValue());
            assertFalse(details.getCell(1).getCellStyle().getLocked());
            details.getCell(1).setCellValue("Northshire District Council");
            details.getCell(4).setCellValue("14/10/2026");
            workbook = save(book);
        }

        ChecklistResponses read = read(workbook).responses();

        assertEquals("Northshire District Council", read.authority());
        assertEquals(LocalDate.of(2026, 10, 14), read.completedOn());
    }

    @Test
    void refusesImpossibleOrImplausibleDates() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = open(template())) {
            XSSFSheet sheet = book.getSheet("Checklist");
            sheet.getRow(5).getCell(6).setCellValue("31/02/2027");
            sheet.getRow(6).getCell(6).setCellValue(2027);
            workbook = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(workbook));

        assertEquals(
                List.of(
                        "filled.xlsx!Checklist!G6: '31/02/2027' is not a date; use dd/mm/yyyy",
                        "filled.xlsx!Checklist!G7: the number 2027 (19/07/1905 as a date) is not a date; use dd/mm/yyyy"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void refusesAWorkbookOfAnotherChecklistVersion() throws Exception {
        byte[] other;
        try (XSSFWorkbook book = open(template())) {
            book.getSheet("ids").getRow(2).getCell(1).setCellValue("0.9");
            other = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(other));

        assertEquals(
                "filled.xlsx!ids!B2: this workbook is for checklist la-soc-checklist version 0.9, not"
                        + " la-soc-checklist version 1.0; score it with the checklist it was made from (--checklist FILE)",
                e.problems().get(0).toString());
    }

    @Test
    void refusesAWorkbookWithoutTheIdsSheet() throws Exception {
        byte[] stripped;
        try (XSSFWorkbook book = open(template())) {
            book.removeSheetAt(book.getSheetIndex("ids"));
            stripped = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(stripped));

        assertTrue(e.problems().get(0).message().contains("hidden 'ids' sheet is missing"));
    }

    @Test
    void reportsADeletedQuestionRow() throws Exception {
        byte[] deleted;
        try (XSSFWorkbook book = open(template())) {
            XSSFSheet sheet = book.getSheet("Checklist");
            sheet.removeRow(sheet.getRow(5));
            deleted = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(deleted));

        assertEquals(
                "filled.xlsx: question 'awareness-a' is missing from the 'Checklist' sheet; was its row deleted?",
                e.problems().get(0).toString());
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new FilledChecklistReader()
                .read("notes.xlsx", new ByteArrayInputStream("just text".getBytes()), checklist));

        assertEquals(
                "notes.xlsx: is not an Excel workbook (.xlsx)",
                e.problems().get(0).toString());
    }

    @Test
    void formulaLikeAnswersStayText() throws Exception {
        byte[] workbook;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChecklistResponses answers = Answers.to(checklist)
                .put(new Response("awareness-a", Assessment.GOOD, "=CMD|' /C calc'!A0", "@SUM(A1)", null, "+1"))
                .build();
        new ChecklistWorkbookWriter().write(checklist, answers, out);
        workbook = out.toByteArray();

        try (XSSFWorkbook book = open(workbook)) {
            Row row = book.getSheet("Checklist").getRow(5);
            for (int column : new int[] {3, 5, 7}) {
                assertEquals(CellType.STRING, row.getCell(column).getCellType());
            }
            assertEquals("=CMD|' /C calc'!A0", row.getCell(3).getStringCellValue());
            assertEquals(0, book.getSheet("Checklist").getHyperlinkList().size());
        }
    }

    // --- helpers -------------------------------------------------------------------------

    private byte[] template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ChecklistWorkbookWriter().write(checklist, Answers.to(checklist).build(), out);
        return out.toByteArray();
    }

    /** Types answers into the template's cells as a user would: assessment, response, owner, date, evidence. */
    private byte[] filled(Map<String, String[]> answers) throws IOException {
        try (XSSFWorkbook book = open(template())) {
            Sheet sheet = book.getSheet("Checklist");
            for (Row row : sheet) {
                Cell id = row.getCell(8);
                if (id == null || !answers.containsKey(id.getStringCellValue())) {
                    continue;
                }
                String[] values = answers.get(id.getStringCellValue());
                int[] columns = {4, 3, 5, 6, 7};
                for (int i = 0; i < values.length; i++) {
                    if (!values[i].isEmpty()) {
                        row.getCell(columns[i]).setCellValue(values[i]);
                    }
                }
            }
            return save(book);
        }
    }

    private FilledChecklist read(byte[] workbook) throws InvalidInputException {
        return new FilledChecklistReader().read("filled.xlsx", new ByteArrayInputStream(workbook), checklist);
    }

    private static void swapRows(XSSFSheet sheet, int a, int b) {
        Row first = sheet.getRow(a);
        Row second = sheet.getRow(b);
        for (int column = 0; column <= 8; column++) {
            Cell x = first.getCell(column);
            Cell y = second.getCell(column);
            String xText = x.getCellType() == CellType.STRING ? x.getStringCellValue() : "";
            String yText = y.getCellType() == CellType.STRING ? y.getStringCellValue() : "";
            x.setCellValue(yText);
            y.setCellValue(xText);
        }
    }

    private static void swapColumns(XSSFSheet sheet, int a, int b, int firstColumn, int lastColumn) {
        for (int column = firstColumn; column <= lastColumn; column++) {
            Cell x = sheet.getRow(a).getCell(column);
            Cell y = sheet.getRow(b).getCell(column);
            String xText = x.getCellType() == CellType.STRING ? x.getStringCellValue() : "";
            String yText = y.getCellType() == CellType.STRING ? y.getStringCellValue() : "";
            x.setCellValue(yText);
            y.setCellValue(xText);
        }
    }

    static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static byte[] save(XSSFWorkbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    private static List<String> texts(Row row) {
        return java.util.stream.StreamSupport.stream(row.spliterator(), false)
                .map(Cell::getStringCellValue)
                .toList();
    }

    private static Map<String, Response> byId(ChecklistResponses responses) {
        return responses.responses().stream().collect(Collectors.toMap(Response::questionId, Function.identity()));
    }
}
