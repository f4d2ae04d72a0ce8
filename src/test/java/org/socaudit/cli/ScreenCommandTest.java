package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.testing.SharedData;

class ScreenCommandTest {

    @TempDir
    Path dir;

    @Test
    void screensEveryRealCouncilFileWithoutErrors() throws Exception {
        Path spend = SharedData.dir().resolve("data/council-spend");
        List<String> args = new java.util.ArrayList<>(List.of("screen", "--json"));
        try (Stream<Path> files = Files.list(spend)) {
            files.sorted().forEach(f -> {
                args.add("--payments");
                args.add(f.toString());
            });
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(0, json.get("inputIssues").asInt());
        assertEquals(30_770, json.get("payments").asInt());
        assertTrue(json.get("suppliers").asInt() > 2_500);
        assertTrue(json.at("/bySector/ENVIRONMENTAL").asInt() > 0);
        assertTrue(json.at("/bySector/VEHICLES_TRANSPORT").asInt() > 0);
        for (JsonNode supplier : json.get("flaggedSuppliers")) {
            String name = supplier.get("name").asText();
            assertFalse(
                    name.startsWith("SKIPTON")
                            && supplier.get("sectors").toString().contains("ENVIRONMENTAL"),
                    name);
            assertFalse(
                    name.startsWith("BARCLAYS")
                            && supplier.get("sectors").toString().contains("LICENSED"),
                    name);
        }
    }

    @Test
    void writesTheScreeningWorkbookAndKeepsInjectedFormulasAsText() throws Exception {
        Path payments = Files.writeString(
                dir.resolve("payments.csv"),
                "Payment Date,Amount,Organisational Unit,Beneficiary Name,Expense Type\n"
                        + "14/08/2026,\"£4,850.00\",Waste,=CMD|' /C calc'!A0 SKIP HIRE,Skip Hire\n"
                        + "14/08/2026,\"£4,700.00\",Waste,=CMD|' /C calc'!A0 SKIP HIRE,Skip Hire\n"
                        + "15/08/2026,120.00,Leisure,@SUM(A1:A9) Taxis,Taxi Fares\n"
                        + "15/08/2026,not money,Leisure,Broken Row Ltd,Taxi Fares\n");
        Path out = dir.resolve("screening.xlsx");

        CliRun run = CliRun.of("screen", "--payments", payments.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 input lines could not be used"), run.err());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(
                    List.of(
                            "Summary",
                            "Flagged Suppliers",
                            "Low-Level Spend",
                            "Watchlist Matches",
                            "Input Issues",
                            "Statements",
                            "About"),
                    sheetNames(book));
            XSSFSheet flagged = book.getSheet("Flagged Suppliers");
            Row first = flagged.getRow(3);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertTrue(first.getCell(0).getStringCellValue().startsWith("=CMD"));
            assertEquals(9_550.00, first.getCell(5).getNumericCellValue(), 1e-9);
            assertTrue(first.getCell(7).getStringCellValue().contains("Same-day payments over the threshold"));
            assertEquals(CellType.STRING, flagged.getRow(4).getCell(0).getCellType());
            XSSFSheet issues = book.getSheet("Input Issues");
            assertEquals(5, issues.getRow(3).getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("Amount", issues.getRow(3).getCell(2).getStringCellValue());
            assertEquals(
                    1,
                    book.getSheet("Summary").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void strictMakesUnusableLinesFatalAndWritesNothing() throws Exception {
        Path payments = Files.writeString(
                dir.resolve("payments.csv"),
                "Payment Date,Amount,Supplier Name\n14/08/2026,12.00,Good Ltd\n14/08/2026,twelve,Bad Ltd\n");
        Path out = dir.resolve("screening.xlsx");

        CliRun run = CliRun.of("screen", "--strict", "--payments", payments.toString(), "--out", out.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith(payments + ":row 3, column 'Amount': "), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void matchesTheWatchlistAndReportsStrongestFirst() throws Exception {
        Path payments = Files.writeString(
                dir.resolve("payments.csv"),
                "Payment Date,Amount,Supplier Name,Company Number\n"
                        + "14/08/2026,100.00,Nightwatch Event Security Limited,GB-COH-12345678\n"
                        + "15/08/2026,200.00,Northbridge Skip Hire Ltd,\n");
        Path watchlist = Files.writeString(
                dir.resolve("watchlist.csv"),
                "Name,Company Number,Aliases\nNightwatch Security (Events) Ltd,12345678,\nNorthbridge Skip Hire Limited,,\n");

        CliRun run =
                CliRun.of("screen", "--payments", payments.toString(), "--watchlist", watchlist.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode matches = new ObjectMapper().readTree(run.out()).get("watchlistMatches");
        assertEquals(2, matches.size());
        assertEquals("strong", matches.get(0).get("band").asText());
        assertEquals(1.0, matches.get(0).get("score").asDouble(), 1e-9);
    }

    @Test
    void needsSomethingToScreen() {
        CliRun run = CliRun.of("screen", "--json");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("give at least one --payments or --suppliers file"));
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new java.util.ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }
}
