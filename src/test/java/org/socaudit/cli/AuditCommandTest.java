package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.testing.Cells;
import org.socaudit.testing.TestData;

class AuditCommandTest {

    @TempDir
    Path dir;

    @Test
    void auditReportGivesTheHandComputedJson() throws Exception {
        CliRun run = CliRun.of(
                "audit-report",
                "--programme",
                fixture("/org/socaudit/audit/programme-filled-by-openpyxl.xlsx", "programme.xlsx")
                        .toString(),
                "--checklist-responses",
                fixture("/org/socaudit/workbook/filled-by-openpyxl.xlsx", "checklist.xlsx")
                        .toString(),
                "--as-of",
                "2026-11-25",
                "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(6, json.get("areas").size());
        // Procurement: NI 0 + NI 0 + Acceptable 1 = 1 of 6 = 17%.
        assertEquals("procurement", json.at("/areas/1/id").asText());
        assertEquals("Needs improvement", json.at("/areas/1/rating").asText());
        assertEquals(2, json.at("/areas/1/findings").size());
        assertEquals("2.1", json.at("/areas/1/findings/0/ref").asText());
        assertEquals("Head of Procurement", json.at("/areas/1/findings/0/owner").asText());
        assertEquals("2027-03-31", json.at("/areas/1/findings/0/dueDate").asText());
        // HR: Acceptable 1 + Acceptable 1 + Good 2 = 4 of 6 = 67%.
        assertEquals("Acceptable", json.at("/areas/2/rating").asText());
        assertTrue(json.at("/areas/3/rating").isNull(), "finance is not assessed");
        // Whistleblowing not in place; risk management reviewed 30/06/2023, over two years before the
        // as-of date; code of conduct in place with no review date. The gifts register (reviewed
        // 15/03/2025, not followed in practice) is a concern but neither missing nor overdue.
        assertEquals(3, json.get("policiesMissingOrOverdue").asInt());
        // Checklist procurement: 5 of 10 = 50%, Acceptable, against audit's Needs improvement; checklist
        // insider threat: Good, against audit's vetting, interests and gifts topics: 2 of 4, Acceptable.
        JsonNode variances = json.get("variances");
        assertEquals(2, variances.size(), variances.toString());
        assertEquals("procurement", variances.at("/0/checklistSection").asText());
        assertEquals("procurement", variances.at("/0/auditArea").asText());
        assertEquals("Acceptable", variances.at("/0/selfAssessed").asText());
        assertEquals("Needs improvement", variances.at("/0/audit").asText());
        assertEquals("insider-threat", variances.at("/1/checklistSection").asText());
        assertEquals("hr", variances.at("/1/auditArea").asText());
        assertEquals(
                "[\"vetting\",\"secondary-employment\",\"gifts-hospitality\"]",
                variances.at("/1/auditTopics").toString());
        assertEquals("Good", variances.at("/1/selfAssessed").asText());
        assertEquals("Acceptable", variances.at("/1/audit").asText());
    }

    @Test
    void auditReportWritesItsWorkbook() throws Exception {
        Path out = dir.resolve("report.xlsx");

        CliRun run = CliRun.of(
                "audit-report",
                "--programme",
                fixture("/org/socaudit/audit/programme-filled-by-openpyxl.xlsx", "programme.xlsx")
                        .toString(),
                "--checklist-responses",
                fixture("/org/socaudit/workbook/filled-by-openpyxl.xlsx", "checklist.xlsx")
                        .toString(),
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals("Audit Summary", workbook.getSheetName(0));
            assertEquals(
                    1,
                    workbook.getSheet("Audit Summary")
                            .getDrawingPatriarch()
                            .getCharts()
                            .size());
            Sheet variance = workbook.getSheet("Variance");
            assertEquals("4. Procurement", variance.getRow(3).getCell(0).getStringCellValue());
            assertEquals(
                    "Management rates itself better than audit does",
                    variance.getRow(3).getCell(6).getStringCellValue());
            Sheet policies = workbook.getSheet("Policy Concerns");
            // The three missing or overdue policies come first, in the template's order.
            assertEquals(
                    java.util.List.of("Code of Conduct", "Risk Management", "Whistleblowing procedures"),
                    java.util.stream.IntStream.rangeClosed(3, 5)
                            .mapToObj(r -> policies.getRow(r).getCell(0).getStringCellValue())
                            .toList());
        }
    }

    @Test
    void auditReportReportsABadCellAndWritesNothing() throws Exception {
        Path programme = fixture("/org/socaudit/audit/programme-filled-by-openpyxl.xlsx", "programme.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(programme))) {
            Row row = workbook.getSheet("Key Policies").getRow(3);
            row.getCell(1).setCellValue("Maybe");
            try (var out = Files.newOutputStream(dir.resolve("bad.xlsx"))) {
                workbook.write(out);
            }
        }
        Path out = dir.resolve("report.xlsx");

        CliRun run =
                CliRun.of("audit-report", "--programme", dir.resolve("bad.xlsx").toString(), "--out", out.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("bad.xlsx!Key Policies!B4: 'Maybe' is not Yes or No"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
    }

    @Test
    void auditPlanProposesServicesWithSpendInHighRiskSectors() throws Exception {
        Path spend = TestData.councilSpend("bradford-2019-07_clean.csv");
        Path out = dir.resolve("programme.xlsx");

        CliRun run = CliRun.of(
                "audit-plan", "--council", "Bradford", "--payments", spend.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Corporate and Neighbourhood Services / Waste Disposal"), run.out());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Sheet scope = workbook.getSheet("Scope");
            Row header = scope.getRow(Cells.headerRow(scope, "Service"));
            int service = column(header, "Service");
            int flagged = column(header, "High-risk-sector spend");
            int inScope = column(header, "In scope");
            Row waste = null;
            for (Row row : scope) {
                if (row.getRowNum() > header.getRowNum()
                        && "Waste Disposal".equals(row.getCell(service).getStringCellValue())) {
                    waste = row;
                }
            }
            assertTrue(waste != null && waste.getCell(flagged).getNumericCellValue() > 0);
            assertEquals("Yes", waste.getCell(inScope).getStringCellValue());
            assertEquals(63, workbook.getSheet("Audit Questions").getLastRowNum() - 2);
            Sheet policies = workbook.getSheet("Key Policies");
            assertEquals(22, policies.getLastRowNum() - Cells.headerRow(policies, "Policy"));
            assertTrue(workbook.isSheetHidden(workbook.getSheetIndex("ids")));
        }
    }

    @Test
    void auditPlanRefusesToOverwriteAnInput() throws Exception {
        Path spend = TestData.councilSpend("harrogate-2022-08.csv");
        Path copy = dir.resolve("spend.csv");
        Files.copy(spend, copy);
        long before = Files.size(copy);

        CliRun run = CliRun.of("audit-plan", "--payments", copy.toString(), "--out", copy.toString());

        assertEquals(2, run.exitCode());
        assertEquals(before, Files.size(copy));
    }

    @Test
    void auditPlanRefusesToReplaceACompletedProgrammeUnlessForced() throws Exception {
        Path programme = fixture("/org/socaudit/audit/programme-filled-by-openpyxl.xlsx", "programme.xlsx");
        byte[] before = Files.readAllBytes(programme);

        CliRun refused = CliRun.of("audit-plan", "--out", programme.toString());

        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("is already an audit programme"), refused.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(programme)), "the auditor's work is untouched");

        CliRun forced = CliRun.of("audit-plan", "--force", "--out", programme.toString());

        assertEquals(0, forced.exitCode(), forced.err());
    }

    @Test
    void auditPlanProposesTheAtRiskServicesWhenNoSpendMatchesAService() throws Exception {
        Path payments = dir.resolve("no-units.csv");
        Files.writeString(
                payments,
                "Payment Date,Amount,Beneficiary Name\n2026-04-01,1200.00,ACME SKIP HIRE LTD\n2026-04-02,90.00,CITY CABS\n");
        Path out = dir.resolve("programme.xlsx");

        CliRun run = CliRun.of("audit-plan", "--payments", payments.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Proposed for scope: 34 of 52 services."), run.out());
        assertTrue(run.out().contains("no payment could be matched to a service"), run.out());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals(
                    "(no organisational unit)",
                    workbook.getSheet("Spend Units").getRow(3).getCell(0).getStringCellValue());
        }
    }

    @Test
    void refusesAnOutputThatIsNotAWorkbook() {
        CliRun run =
                CliRun.of("audit-plan", "--out", dir.resolve("programme.csv").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("does not end in .xlsx"), run.err());
        assertFalse(Files.exists(dir.resolve("programme.csv")));
    }

    private static int column(Row header, String name) {
        for (var cell : header) {
            if (name.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private Path fixture(String resource, String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void saysHowToWriteADateWhenTheAsOfDayIsNotIso() {
        CliRun run = CliRun.of("audit-report", "--programme", "programme.xlsx", "--as-of", "03/12/2026");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("'03/12/2026' is not a date: use YYYY-MM-DD"), run.err());
        assertFalse(run.err().contains("DateTimeParseException"), run.err());
    }

    @Test
    void aBlankProgrammeIsNotReportedAsNotAssessed() {
        Path programme = dir.resolve("programme.xlsx");
        assertEquals(0, CliRun.of("audit-plan", "--out", programme.toString()).exitCode());

        CliRun run = CliRun.of("audit-report", "--programme", programme.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("no answers found"), run.err());
        assertTrue(run.err().contains("is this the completed programme?"), run.err());
    }
}
