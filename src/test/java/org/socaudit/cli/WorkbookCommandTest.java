package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.testing.TestData;

class WorkbookCommandTest {

    @TempDir
    Path dir;

    @Test
    void bringsChecklistAuditAndScreeningTogetherUnderAnExecutiveSummary() throws Exception {
        Path out = dir.resolve("soc-assessment.xlsx");

        CliRun run = CliRun.of(
                "workbook",
                "--checklist-responses",
                fixture("/org/socaudit/workbook/filled-by-openpyxl.xlsx", "checklist.xlsx")
                        .toString(),
                "--programme",
                fixture("/org/socaudit/audit/programme-filled-by-openpyxl.xlsx", "programme.xlsx")
                        .toString(),
                "--payments",
                TestData.councilSpend("harrogate-2022-08.csv").toString(),
                "--as-of",
                "2027-02-10",
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals("Executive Summary", workbook.getSheetName(0));
            org.apache.poi.xssf.usermodel.XSSFSheet summary = workbook.getSheet("Executive Summary");
            assertEquals("Acceptable", valueAfter(summary, "Management's self-assessment (checklist)"));
            assertEquals("Acceptable", valueAfter(summary, "Internal audit's rating"));
            assertEquals(
                    "2 of 8 linked sections", valueAfter(summary, "Where management rates itself better than audit"));
            // Due by 11 May 2027: checklist procurement b and d (31 March 2027), audit 2.1 (31 March 2027)
            // and 2.2 (31 January 2027, already overdue on 10 February).
            assertEquals("4 (1 overdue)", valueAfter(summary, "Actions due in the next 90 days"));
            // One chart, each bar coloured by its rating; the full lists are on other sheets, linked.
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
            var series = summary.getDrawingPatriarch()
                    .getCharts()
                    .get(0)
                    .getCTChart()
                    .getPlotArea()
                    .getBarChartArray(0)
                    .getSerArray(0);
            assertTrue(series.sizeOfDPtArray() >= 10, "a colour per section and area");
            List<String> links = new java.util.ArrayList<>();
            for (Row row : summary) {
                for (var cell : row) {
                    if (cell.getHyperlink() != null) {
                        String target = cell.getHyperlink().getAddress().replaceAll("^'|'!A1$", "");
                        assertTrue(workbook.getSheetIndex(target) > 0, target);
                        links.add(target);
                    }
                }
            }
            assertTrue(
                    links.containsAll(List.of("Improvement Plan", "Audit Findings", "Variance", "Actions Due")),
                    links::toString);
            assertEquals(1, workbook.getPrintArea(0).split(",").length);
            var actions = workbook.getSheet("Actions Due");
            assertEquals(
                    "Actions due in the next 90 days (4)",
                    actions.getRow(0).getCell(0).getStringCellValue());
            Row firstAction = actions.getRow(4);
            assertEquals(
                    "Re-check framework suppliers yearly",
                    firstAction.getCell(0).getStringCellValue());
            assertEquals("Overdue", firstAction.getCell(4).getStringCellValue());
            for (String sheet : List.of(
                    "Checklist Summary",
                    "Improvement Plan",
                    "Audit Summary",
                    "Audit Findings",
                    "Policy Concerns",
                    "Variance",
                    "Screening Summary",
                    "Flagged Suppliers",
                    "Questions for Members",
                    "About")) {
                assertTrue(workbook.getSheetIndex(sheet) > 0, sheet);
            }
            assertEquals(
                    workbook.getSheetIndex("About") - 1,
                    workbook.getSheetIndex("Questions for Members"),
                    "the questions for members come last, after the screening's sheets");
            assertEquals(
                    1,
                    workbook.getSheet("Checklist Summary")
                            .getDrawingPatriarch()
                            .getCharts()
                            .size());
        }
    }

    @Test
    void endsWithTheQuestionsForMembersByBodyWithAnswerCellsToFillIn() throws Exception {
        Path out = dir.resolve("soc-assessment.xlsx");

        CliRun run = CliRun.of(
                "workbook",
                "--checklist-responses",
                fixture("/org/socaudit/workbook/filled-by-openpyxl.xlsx", "checklist.xlsx")
                        .toString(),
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = workbook.getSheet("Questions for Members");
            assertEquals(workbook.getNumberOfSheets() - 2, workbook.getSheetIndex(sheet));
            Row header = sheet.getRow(2);
            List<String> headers = new java.util.ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(List.of("Ref", "Question", "Answer", "Answered by", "Date"), headers);
            List<String> refs = new java.util.ArrayList<>();
            List<String> bodies = new java.util.ArrayList<>();
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (first.matches("[A-Z]+ \\d+")) {
                    refs.add(first);
                    assertFalse(row.getCell(2).getCellStyle().getLocked(), first + " answer is to be filled in");
                    assertFalse(row.getCell(4).getCellStyle().getLocked(), first + " date is to be filled in");
                } else if (row.getRowNum() > 2
                        && sheet.getMergedRegions().stream()
                                .anyMatch(m -> m.getFirstRow() == row.getRowNum() && m.getFirstColumn() == 0)) {
                    bodies.add(first);
                }
                for (var cell : row) {
                    String text = cell.toString();
                    assertFalse(text.contains("<") || text.matches("(?s).*\\b[a-z]+-\\d+\\b.*"), text);
                }
            }
            assertEquals(56, refs.size());
            assertEquals("CSP 1", refs.get(0));
            assertEquals("DCS 5", refs.get(55));
            assertEquals(
                    List.of(
                            "Community safety partnerships",
                            "Police and crime panels",
                            "Overview and scrutiny committees",
                            "Health and wellbeing boards",
                            "Directors of public health",
                            "Local safeguarding children boards",
                            "Directors of children's services",
                            "What is my role as a local councillor?",
                            "Key ways councillors can play a role in tackling serious and organised crime:",
                            "Key ways councillors can protect their council from serious and organised crime:"),
                    bodies);
            assertEquals(
                    "Is serious and organised crime considered in the local community safety plan?",
                    sheet.getRow(4).getCell(1).getStringCellValue());
            assertEquals(2, sheet.getRepeatingRows().getFirstRow());
            assertTrue(sheet.getPrintSetup().getLandscape());
        }
    }

    @Test
    void executiveSummaryWithoutSpendingFilesKeepsEveryLinkAndChartLabelLegible() throws Exception {
        Path out = dir.resolve("no-spend.xlsx");

        CliRun run = CliRun.of(
                "workbook",
                "--checklist-responses",
                fixture("/org/socaudit/workbook/filled-by-openpyxl.xlsx", "checklist.xlsx")
                        .toString(),
                "--programme",
                fixture("/org/socaudit/audit/programme-filled-by-openpyxl.xlsx", "programme.xlsx")
                        .toString(),
                "--as-of",
                "2027-02-10",
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            org.apache.poi.xssf.usermodel.XSSFSheet summary = workbook.getSheet("Executive Summary");
            List<String> links = new java.util.ArrayList<>();
            for (Row row : summary) {
                for (var cell : row) {
                    if (cell.getHyperlink() == null) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    links.add(text);
                    int width = summary.getColumnWidth(cell.getColumnIndex()) / 256;
                    for (var merged : summary.getMergedRegions()) {
                        if (merged.isInRange(cell)) {
                            width = 0;
                            for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                                width += summary.getColumnWidth(c) / 256;
                            }
                        }
                    }
                    // A link cut short at its cell's edge reads as another sheet's name, or none.
                    assertTrue(width > text.length(), text + " in " + width + " characters");
                }
            }
            assertTrue(links.contains("Questions for Members"), links::toString);
            assertFalse(links.contains("Screening Summary"), links::toString);

            // Every bar's label on one line, and room for each: LibreOffice leaves out every other
            // label when a wrapped one crowds them, and then no one can tell which bar is which.
            var chart = summary.getDrawingPatriarch().getCharts().get(0);
            String labels = chart.getCTChart()
                    .getPlotArea()
                    .getBarChartArray(0)
                    .getSerArray(0)
                    .getCat()
                    .getStrRef()
                    .getF();
            var range = org.apache.poi.ss.util.CellRangeAddress.valueOf(labels.substring(labels.indexOf('!') + 1));
            int bars = range.getNumberOfCells();
            assertEquals(16, bars, "10 checklist sections and 6 audit areas");
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                String label = summary.getRow(r).getCell(range.getFirstColumn()).getStringCellValue();
                assertTrue(label.length() <= 42, label);
            }
            var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor)
                    summary.getDrawingPatriarch().getShapes().get(0).getAnchor();
            float points = 0;
            for (int r = anchor.getRow1(); r < anchor.getRow2(); r++) {
                points += summary.getRow(r) == null
                        ? summary.getDefaultRowHeightInPoints()
                        : summary.getRow(r).getHeightInPoints();
            }
            assertTrue(points >= 90 + 24 * bars, points + " points for " + bars + " bars");
        }
    }

    @Test
    void executiveSummaryWithTheChecklistAloneNeitherChartsNorLinksAudit() throws Exception {
        Path out = dir.resolve("checklist-only.xlsx");

        CliRun run = CliRun.of(
                "workbook",
                "--checklist-responses",
                fixture("/org/socaudit/workbook/filled-by-openpyxl.xlsx", "checklist.xlsx")
                        .toString(),
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            org.apache.poi.xssf.usermodel.XSSFSheet summary = workbook.getSheet("Executive Summary");
            String title = summary.getDrawingPatriarch()
                    .getCharts()
                    .get(0)
                    .getTitleText()
                    .getString();
            assertFalse(title.toLowerCase(java.util.Locale.ROOT).contains("audit"), title);
            List<String> links = new java.util.ArrayList<>();
            for (Row row : summary) {
                for (var cell : row) {
                    if (cell.getHyperlink() != null) {
                        String target = cell.getHyperlink().getAddress().replaceAll("^'|'!A1$", "");
                        assertTrue(workbook.getSheetIndex(target) > 0, target);
                        links.add(target);
                    }
                }
            }
            // The top risks link to the Improvement Plan too.
            assertEquals(
                    java.util.Set.of("Checklist Summary", "Improvement Plan", "Actions Due", "Questions for Members"),
                    java.util.Set.copyOf(links));
        }
    }

    @Test
    void needsTheChecklistResponses() {
        CliRun run = CliRun.of("workbook", "--out", dir.resolve("x.xlsx").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--checklist-responses"), run.err());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    private static String valueAfter(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getCell(1).getStringCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private Path fixture(String resource, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }
}
