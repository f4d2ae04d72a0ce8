package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.Comparison;
import org.socaudit.model.InputFile;
import org.socaudit.model.Response;
import org.socaudit.model.RunInfo;
import org.socaudit.model.ScoreCard;
import org.socaudit.model.ScoredChecklist;
import org.socaudit.scoring.Comparer;
import org.socaudit.scoring.Scorer;
import org.socaudit.testing.Answers;
import org.socaudit.xml.BundledContent;

class ScoredWorkbookWriterTest {

    private final Checklist checklist = BundledContent.checklist();

    @Test
    void summaryOpensWithTheHeadlineSectionTableAndChart() throws Exception {
        try (XSSFWorkbook book = write(current(), null)) {
            assertEquals(
                    List.of("Summary", "Checklist", "Improvement Plan", "Good Practice", "Quality", "About", "ids"),
                    sheetNames(book));
            assertEquals(0, book.getActiveSheetIndex());
            XSSFSheet summary = book.getSheet("Summary");
            // All Acceptable but procurement-b (NI) and awareness-a (Good): 32 of 64 points = 50%.
            assertEquals(0.5, summary.getRow(3).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("Acceptable", summary.getRow(4).getCell(1).getStringCellValue());
            assertEquals("32 of 32", summary.getRow(5).getCell(1).getStringCellValue());
            assertEquals("Section", summary.getRow(8).getCell(0).getStringCellValue());
            assertEquals(
                    "Operational Controls: 4. Procurement",
                    summary.getRow(17).getCell(0).getStringCellValue());
            assertEquals(5.0 / 12, summary.getRow(17).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals("Needs improvement", summary.getRow(17).getCell(6).getStringCellValue());
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            assertEquals(
                    "Score by section, coloured by rating",
                    charts.get(0).getTitleText().getString());
        }
    }

    @Test
    void improvementPlanListsNeedsImprovementFirstWithAStatusDropdown() throws Exception {
        try (XSSFWorkbook book = write(current(), null)) {
            XSSFSheet plan = book.getSheet("Improvement Plan");
            assertEquals("OC 4b", plan.getRow(3).getCell(0).getStringCellValue());
            assertEquals("High", plan.getRow(3).getCell(5).getStringCellValue());
            assertEquals("Medium", plan.getRow(4).getCell(5).getStringCellValue());
            assertEquals("GS 1b", plan.getRow(4).getCell(0).getStringCellValue());
            assertEquals(31 + 3, plan.getLastRowNum() + 1, "30 Acceptable and 1 NI after 3 heading rows");
            assertEquals(
                    List.of("Not started", "In progress", "Complete"),
                    List.of(plan.getDataValidations()
                            .get(0)
                            .getValidationConstraint()
                            .getExplicitListValues()));
        }
    }

    @Test
    void goodPracticeAndQualityListTheirItems() throws Exception {
        try (XSSFWorkbook book = write(current(), null)) {
            XSSFSheet good = book.getSheet("Good Practice");
            assertEquals("GS 1a", good.getRow(3).getCell(0).getStringCellValue());
            assertNull(good.getRow(4));
            XSSFSheet quality = book.getSheet("Quality");
            assertEquals(
                    "No quality issues found.", quality.getRow(3).getCell(0).getStringCellValue());
        }
    }

    @Test
    void comparisonShowsMovementAndSectionScoresWhenGiven() throws Exception {
        ChecklistResponses before = Answers.to(checklist)
                .all(Assessment.ACCEPTABLE)
                .answer("awareness-a", Assessment.NEEDS_IMPROVEMENT)
                .build();
        try (XSSFWorkbook book = write(current(), before)) {
            XSSFSheet comparison = book.getSheet("Comparison");
            assertEquals(5, book.getSheetIndex("Comparison"));
            // Worsened first: what a committee should see before anything else.
            assertEquals("OC 4b", comparison.getRow(3).getCell(0).getStringCellValue());
            assertEquals("Worsened", comparison.getRow(3).getCell(5).getStringCellValue());
            assertEquals("GS 1a", comparison.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Needs improvement", comparison.getRow(4).getCell(3).getStringCellValue());
            assertEquals("Good", comparison.getRow(4).getCell(4).getStringCellValue());
            assertEquals("Improved", comparison.getRow(4).getCell(5).getStringCellValue());
        }
    }

    @Test
    void aboutRecordsVersionChecklistAndInputChecksums() throws Exception {
        try (XSSFWorkbook book = write(current(), null)) {
            XSSFSheet about = book.getSheet("About");
            assertEquals("SOC Audit Toolkit test", about.getRow(2).getCell(1).getStringCellValue());
            assertEquals("2026-11-25 09:30", about.getRow(3).getCell(1).getStringCellValue());
            assertEquals(
                    org.socaudit.xml.BundledContent.checklist().info().title() + ", version 1.0",
                    about.getRow(4).getCell(1).getStringCellValue());
            assertEquals("Scoring", about.getRow(7).getCell(0).getStringCellValue());
            String scoring = about.getRow(7).getCell(1).getStringCellValue();
            assertTrue(scoring.startsWith("Each answer earns points: Good 2, Acceptable 1, Needs improvement 0."));
            assertTrue(scoring.contains("75% and above is rated Good; 50% and above is rated Acceptable"), scoring);
            assertTrue(scoring.contains("the toolkit's defaults, not the Home Office's"), scoring);
            assertTrue(scoring.contains("passed with --checklist"), scoring);
            assertEquals("answers.xlsx", about.getRow(10).getCell(1).getStringCellValue());
            assertEquals("ab".repeat(32), about.getRow(10).getCell(2).getStringCellValue());
        }
    }

    @Test
    void answerTextStaysTextEvenWhenItLooksLikeAFormula() throws Exception {
        ChecklistResponses responses = Answers.to(checklist)
                .all(Assessment.GOOD)
                .put(new Response("awareness-a", Assessment.GOOD, "=1+1", "@SUM(A1:A2)", null, "=HYPERLINK(\"x\")"))
                .build();
        try (XSSFWorkbook book = write(responses, null)) {
            var row = book.getSheet("Checklist").getRow(3);
            assertEquals(CellType.STRING, row.getCell(3).getCellType());
            assertEquals("=1+1", row.getCell(3).getStringCellValue());
            var good = book.getSheet("Good Practice").getRow(3);
            assertEquals(CellType.STRING, good.getCell(4).getCellType());
            assertTrue(book.getSheet("Good Practice").getHyperlinkList().isEmpty());
        }
    }

    private ChecklistResponses current() {
        return Answers.to(checklist)
                .all(Assessment.ACCEPTABLE)
                .answer("awareness-a", Assessment.GOOD)
                .answer("procurement-b", Assessment.NEEDS_IMPROVEMENT)
                .build();
    }

    private XSSFWorkbook write(ChecklistResponses responses, ChecklistResponses previous) throws Exception {
        ScoreCard card = new Scorer().score(checklist, responses);
        Comparison comparison = previous == null
                ? null
                : new Comparer().compare(checklist, card, previous, new HashSet<>(Answers.questionIds(checklist)));
        RunInfo run = new RunInfo(
                "test",
                LocalDateTime.of(2026, 11, 25, 9, 30),
                List.of(new InputFile("Responses", "answers.xlsx", "ab".repeat(32))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ScoredWorkbookWriter().write(new ScoredChecklist(checklist, responses, card, comparison, run), out);
        return ChecklistWorkbookTest.open(out.toByteArray());
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new java.util.ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
