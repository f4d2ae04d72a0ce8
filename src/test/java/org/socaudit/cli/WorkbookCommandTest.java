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
                    "About")) {
                assertTrue(workbook.getSheetIndex(sheet) > 0, sheet);
            }
            assertEquals(
                    1,
                    workbook.getSheet("Checklist Summary")
                            .getDrawingPatriarch()
                            .getCharts()
                            .size());
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
