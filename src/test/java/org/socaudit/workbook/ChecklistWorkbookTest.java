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
import org.apache.poi.xssf.usermodel.XSSFColor;
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
import org.socaudit.testing.Cells;
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
                            "Row check",
                            "Response / Action taken",
                            "Row check",
                            "Assessment",
                            "Row check",
                            "Owner",
                            "Row check",
                            "Target date",
                            "Row check",
                            "Evidence / reference",
                            "Question id"),
                    texts(sheet.getRow(2)));
            for (int hidden : new int[] {3, 5, 7, 9, 11, 13}) {
                assertTrue(sheet.isColumnHidden(hidden), "column " + hidden + " hidden");
            }
            assertFalse(sheet.getProtect(), "unprotected, so that whole rows can be sorted in Excel");
            assertTrue(
                    sheet.getMergedRegions().stream().allMatch(m -> m.getLastRow() < 2),
                    "no merged cells in or under the header row, so whole rows sort");
            Row first = sheet.getRow(3);
            assertEquals("GS 1a", first.getCell(0).getStringCellValue());
            assertEquals(
                    "Governance and Strategy\n1. Awareness, Strategy, Guidance and Training",
                    first.getCell(1).getStringCellValue());
            assertEquals("awareness-a", first.getCell(13).getStringCellValue());
            assertEquals("awareness-a", first.getCell(3).getStringCellValue(), "row check before the answers");
            XSSFColor fill = (XSSFColor) first.getCell(4).getCellStyle().getFillForegroundColorColor();
            assertEquals(
                    "FFF2CC",
                    org.apache.commons.codec.binary.Hex.encodeHexString(fill.getRGB())
                            .toUpperCase());
            assertEquals(
                    List.of(1, 1, 1, 1, 1, 1),
                    java.util.stream.IntStream.of(4, 6, 8, 10, 12, 13)
                            .mapToObj(c -> RowMarks.read(first.getCell(c)))
                            .toList(),
                    "answer and id cells carry the first row's mark");
            assertEquals(2, RowMarks.read(sheet.getRow(4).getCell(4)));
            assertEquals(0, RowMarks.read(first.getCell(2)), "question text is not marked");
            assertTrue(sheet.getRepeatingRows() != null, "header repeated when printed");
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void instructionsSayThePointsAndThresholdsAreTheToolkitsDefaults() throws Exception {
        try (XSSFWorkbook workbook = open(template())) {
            Sheet instructions = workbook.getSheet("Instructions");
            assertTrue(
                    Cells.shows(instructions, "Each answer earns points: Good 2, Acceptable 1, Needs improvement 0."));
            assertTrue(Cells.shows(instructions, "the toolkit's defaults, not the Home Office's"));
            assertTrue(Cells.shows(instructions, "passed with --checklist"));
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
                    6, validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn());
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
                        "filled.xlsx!Checklist!G11: 'Gud' is not one of Good, Acceptable, Needs improvement",
                        "filled.xlsx!Checklist!K26: 'next spring' is not a date; use dd/mm/yyyy",
                        "filled.xlsx!Checklist!G27: '5' is not one of Good, Acceptable, Needs improvement"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void readsBackExactlyAfterWholeRowsAreSortedWithOrWithoutFormatsAndHidden() throws Exception {
        for (boolean withFormats : new boolean[] {true, false}) {
            byte[] workbook = filled(Map.of(
                    "awareness-a", new String[] {"Good", "first", "", "", ""},
                    "insider-threat-d", new String[] {"Needs improvement", "last", "", "", ""}));
            byte[] shuffled;
            try (XSSFWorkbook book = open(workbook)) {
                XSSFSheet sheet = book.getSheet("Checklist");
                swap(sheet, 3, sheet.getLastRowNum(), 0, 13, withFormats);
                sheet.getRow(7).setZeroHeight(true);
                shuffled = save(book);
            }

            Map<String, Response> answers = byId(read(shuffled).responses());

            assertEquals(Assessment.GOOD, answers.get("awareness-a").assessment());
            assertEquals("first", answers.get("awareness-a").actionTaken());
            assertEquals(
                    Assessment.NEEDS_IMPROVEMENT,
                    answers.get("insider-threat-d").assessment());
            assertEquals("last", answers.get("insider-threat-d").actionTaken());
        }
    }

    @Test
    void refusesRowsWhoseAnswersWereSortedAwayFromTheirIds() throws Exception {
        byte[] workbook = filled(Map.of("awareness-a", new String[] {"Good", "first", "", "", ""}));
        byte[] halfSorted;
        try (XSSFWorkbook book = open(workbook)) {
            XSSFSheet sheet = book.getSheet("Checklist");
            // A sort that left out the hidden id column: columns A to M move, N stays.
            swap(sheet, 3, 4, 0, 12, true);
            halfSorted = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(halfSorted));

        assertEquals(
                "filled.xlsx!Checklist!A4: this row shows 'GS 1b' but its hidden id is 'awareness-a' ('GS 1a'):"
                        + " rows were sorted without the hidden column; undo the sort, or sort whole rows",
                e.problems().get(0).toString());
    }

    @Test
    void refusesAnswersSortedWithoutTheirQuestionsWhetherFormatsMoveOrNot() throws Exception {
        for (boolean withFormats : new boolean[] {true, false}) {
            byte[] workbook = filled(Map.of(
                    "awareness-a", new String[] {"Good", "first", "Chief Executive", "", ""},
                    "awareness-c", new String[] {"Needs improvement", "third", "", "", ""}));
            byte[] halfSorted;
            try (XSSFWorkbook book = open(workbook)) {
                // The answer columns, Response to Evidence, sorted on their own: rows 4 and 6 trade answers.
                swap(book.getSheet("Checklist"), 3, 5, 4, 12, withFormats);
                halfSorted = save(book);
            }

            InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(halfSorted));

            List<String> problems = e.problems().stream().map(Object::toString).toList();
            assertEquals(3, problems.size(), problems.toString());
            assertEquals(
                    "filled.xlsx!Checklist!E4: this answer came from GS 1c's row (row 6), not from GS 1a's row"
                            + " (row 4) where it is now",
                    problems.get(0));
            assertTrue(
                    problems.get(1).startsWith("filled.xlsx!Checklist!E6: this answer came from GS 1a's row (row 4)"));
            assertTrue(problems.get(2).contains("Undo it (Ctrl+Z)"), problems.get(2));
        }
    }

    @Test
    void refusesOneAnswerColumnSortedOnItsOwnWhenFormatsMoveWithIt() throws Exception {
        byte[] workbook = filled(Map.of(
                "awareness-a", new String[] {"Good", "", "", "", ""},
                "awareness-b", new String[] {"Needs improvement", "", "", "", ""}));
        byte[] sorted;
        try (XSSFWorkbook book = open(workbook)) {
            // Excel always moves formats with a sort; LibreOffice does unless told not to.
            swap(book.getSheet("Checklist"), 3, 4, 6, 6, true);
            sorted = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(sorted));

        assertEquals(
                "filled.xlsx!Checklist!G4: this answer came from GS 1b's row (row 5), not from GS 1a's row (row 4)"
                        + " where it is now",
                e.problems().get(0).toString());
    }

    @Test
    void warnsWhenOneColumnLooksSortedOnItsOwnWithFormatsLeftBehind() throws Exception {
        String[] responses = {"Echo", "Bravo", "Delta", "Alpha", "Charlie"};
        String[] ids = {"awareness-a", "awareness-b", "awareness-c", "awareness-d", "awareness-e"};
        Map<String, String[]> typed = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            typed.put(ids[i], new String[] {"", responses[i], "", "", ""});
        }
        byte[] workbook = filled(typed);
        assertEquals(List.of(), read(workbook).warnings(), "answers in no particular order");
        byte[] sorted;
        try (XSSFWorkbook book = open(workbook)) {
            // LibreOffice, "Include formats" off, the Response column alone sorted A to Z.
            XSSFSheet sheet = book.getSheet("Checklist");
            String[] inOrder = responses.clone();
            java.util.Arrays.sort(inOrder);
            for (int i = 0; i < ids.length; i++) {
                Cells.cell(sheet, "Question id", ids[i], "Response / Action taken")
                        .setCellValue(inOrder[i]);
            }
            sorted = save(book);
        }

        FilledChecklist read = read(sorted);

        assertEquals(1, read.warnings().size());
        assertTrue(
                read.warnings()
                        .get(0)
                        .toString()
                        .startsWith("filled.xlsx!Checklist!E4: the 'Response / Action taken' answers run in"
                                + " alphabetical order down the sheet"),
                read.warnings().get(0).toString());
    }

    @Test
    void refusesAnAnswerCutAndPastedOntoAnotherQuestionAsASortWouldLeaveIt() throws Exception {
        // A cut and paste with formats leaves what a sort through a cleared cell leaves: no read can
        // tell them apart, so it is refused, with the way to move an answer on purpose.
        byte[] workbook = filled(Map.of("awareness-a", new String[] {"Good", "Meant for GS 1c", "", "", ""}));
        byte[] moved;
        try (XSSFWorkbook book = open(workbook)) {
            XSSFSheet sheet = book.getSheet("Checklist");
            for (int c = 3; c <= 12; c++) {
                Cell from = sheet.getRow(3).getCell(c);
                Cell to = sheet.getRow(5).getCell(c);
                to.setCellStyle(from.getCellStyle());
                to.setCellValue(from.getStringCellValue());
                from.setBlank();
                from.setCellStyle(book.getCellStyleAt(0));
            }
            moved = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(moved));

        assertEquals(
                "filled.xlsx!Checklist!E6: this answer came from GS 1a's row (row 4), not from GS 1c's row (row 6)"
                        + " where it is now",
                e.problems().get(0).toString());
        assertTrue(e.problems().get(1).message().contains("paste the value only (Paste Special, Values)"));
    }

    @Test
    void acceptsAnswersCopiedOrFilledDownFromAnotherRow() throws Exception {
        byte[] workbook = filled(Map.of("awareness-a", new String[] {"Good", "Agreed", "Chief Executive", "", ""}));
        byte[] copied;
        try (XSSFWorkbook book = open(workbook)) {
            XSSFSheet sheet = book.getSheet("Checklist");
            // Fill down Response to Evidence from the first question to the next two, formats and all.
            for (int r = 4; r <= 5; r++) {
                for (int c = 3; c <= 12; c++) {
                    Cell from = sheet.getRow(3).getCell(c);
                    Cell to = sheet.getRow(r).getCell(c);
                    to.setCellStyle(from.getCellStyle());
                    to.setCellValue(from.getStringCellValue());
                }
            }
            copied = save(book);
        }

        Map<String, Response> answers = byId(read(copied).responses());

        assertEquals("Chief Executive", answers.get("awareness-b").owner());
        assertEquals("Chief Executive", answers.get("awareness-c").owner());
        assertEquals(Assessment.GOOD, answers.get("awareness-c").assessment());
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
            Cells.cell(sheet, "Question id", "awareness-c", "Target date").setCellValue("31/02/2027");
            Cells.cell(sheet, "Question id", "awareness-d", "Target date").setCellValue(2027);
            workbook = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(workbook));

        assertEquals(
                List.of(
                        "filled.xlsx!Checklist!K6: '31/02/2027' is not a date; use dd/mm/yyyy",
                        "filled.xlsx!Checklist!K7: the number 2027 (19/07/1905 as a date) is not a date; use dd/mm/yyyy"),
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
            sheet.removeRow(Cells.row(sheet, "Question id", "awareness-a"));
            deleted = save(book);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(deleted));

        assertEquals(
                "filled.xlsx: 'GS 1a' (awareness-a) is missing from the 'Checklist' sheet; was its row deleted?",
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
            Row row = book.getSheet("Checklist").getRow(3);
            for (int column : new int[] {4, 8, 12}) {
                assertEquals(CellType.STRING, row.getCell(column).getCellType());
            }
            assertEquals("=CMD|' /C calc'!A0", row.getCell(4).getStringCellValue());
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
            String[] headers = {"Assessment", "Response / Action taken", "Owner", "Target date", "Evidence / reference"
            };
            answers.forEach((id, values) -> {
                for (int i = 0; i < values.length; i++) {
                    if (!values[i].isEmpty()) {
                        Cells.cell(sheet, "Question id", id, headers[i]).setCellValue(values[i]);
                    }
                }
            });
            return save(book);
        }
    }

    private FilledChecklist read(byte[] workbook) throws InvalidInputException {
        return new FilledChecklistReader().read("filled.xlsx", new ByteArrayInputStream(workbook), checklist);
    }

    /** Swaps two rows' cells from one column to another, as a sort would: values, and formats if asked. */
    private static void swap(XSSFSheet sheet, int a, int b, int firstColumn, int lastColumn, boolean formats) {
        for (int column = firstColumn; column <= lastColumn; column++) {
            Cell x = sheet.getRow(a).getCell(column);
            Cell y = sheet.getRow(b).getCell(column);
            String xText = x.getCellType() == CellType.STRING ? x.getStringCellValue() : "";
            String yText = y.getCellType() == CellType.STRING ? y.getStringCellValue() : "";
            x.setCellValue(yText);
            y.setCellValue(xText);
            if (formats) {
                var style = x.getCellStyle();
                x.setCellStyle(y.getCellStyle());
                y.setCellStyle(style);
            }
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
