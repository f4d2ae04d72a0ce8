package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socaudit.testing.TestData;

class ScreenCommandTest {

    @TempDir
    Path dir;

    static final List<String> COUNCIL_FILES = List.of(
            "bradford-2019-07_clean.csv",
            "bradford-2019-08_clean.csv",
            "bradford-2019-09_clean.csv",
            "calderdale-2022-08-card.csv",
            "calderdale-2022-08.csv",
            "harrogate-2022-08.csv",
            "lambeth-2011-01-supplier-totals.csv",
            "lambeth-2012-05-supplier-totals.csv",
            "lambeth-2012-06.csv",
            "networkrail-2021-04.csv",
            "tfl-2023-P05.csv");

    @Test
    void screensEveryRealCouncilFileTogetherWithDefaultSettings() throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("screen", "--json"));
        for (String name : COUNCIL_FILES) {
            args.add("--payments");
            args.add(TestData.councilSpend(name).toString());
        }

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(4, json.get("inputIssues").asInt(), "four Lambeth lines whose name ran into the date");
        assertEquals(52_190, json.get("payments").asInt());
        assertEquals(COUNCIL_FILES.size(), json.get("inputs").size());
        for (JsonNode input : json.get("inputs")) {
            assertEquals("payments", input.get("kind").asText());
            assertFalse(input.at("/columns/supplier-name").isNull(), input.toString());
            assertFalse(input.at("/columns/amount").isNull(), input.toString());
            assertTrue(input.get("unusable").asLong() * 100 < input.get("lines").asLong(), input.toString());
        }
        JsonNode totals = json.get("inputs").get(6);
        assertTrue(totals.at("/columns/date").isNull());
        assertTrue(totals.get("skippedChecks").toString().contains("low-level one-off spend"), totals.toString());
        assertTrue(json.get("suppliers").asInt() > 2_500);
        assertTrue(json.at("/bySector/ENVIRONMENTAL").asInt() > 0);
        assertTrue(json.at("/bySector/VEHICLES_TRANSPORT").asInt() > 0);
        for (JsonNode supplier : json.get("flaggedSuppliers")) {
            String name = supplier.get("name").asText();
            // Each sector comes with its confidence, so a reader can tell confident hits from weak ones.
            assertEquals(
                    supplier.get("sectors").size(), supplier.get("confidence").size(), supplier.toString());
            supplier.get("confidence")
                    .forEach(level -> assertTrue(
                            level.asText().equals("high") || level.asText().equals("low"), supplier.toString()));
            assertTrue(supplier.get("sectorNotes").isArray(), supplier.toString());
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
    void screensFilesOfDifferentLayoutsTogetherAndSaysWhatItUsedForEach() throws Exception {
        Path first = Files.writeString(
                dir.resolve("2024.csv"),
                "Lambshire Council payments over £500,,\n,,\nPayeeName,NetAmount,PaymentDate\n"
                        + "Valley Skip Hire,120.00,14/08/2024\nTotal,120.00,\n");
        Path second = Files.writeString(
                dir.resolve("2025.csv"),
                "Supplier (Creditor),Value (£),Clearing Date,Account Description\n"
                        + "Valley Skip Hire,130.00,2025-08-14,Skip hire\n");

        CliRun run = CliRun.of("screen", "--payments", first.toString(), "--payments", second.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode inputs = json.get("inputs");
        assertEquals(first.toString(), inputs.get(0).get("file").asText());
        assertEquals(3, inputs.get(0).get("headerRow").asInt());
        assertEquals("PayeeName", inputs.get(0).at("/columns/supplier-name").asText());
        assertEquals("NetAmount", inputs.get(0).at("/columns/amount").asText());
        assertEquals(1, inputs.get(0).get("totals").asInt());
        assertTrue(inputs.get(0).at("/columns/category").isNull());
        assertTrue(inputs.get(0).get("skippedChecks").toString().contains("category"));
        assertEquals(
                "Supplier (Creditor)",
                inputs.get(1).at("/columns/supplier-name").asText());
        assertEquals("Value (£)", inputs.get(1).at("/columns/amount").asText());
        assertEquals("Clearing Date", inputs.get(1).at("/columns/date").asText());
        assertEquals(
                "Account Description", inputs.get(1).at("/columns/category").asText());
        assertEquals(1, json.get("suppliers").asInt(), "one supplier across both layouts");
        assertEquals(2, json.get("payments").asInt());
    }

    @Test
    void saysInTextModeWhichHeaderServesEachRoleAndWhichChecksCouldNotRun() throws Exception {
        Path totals = Files.writeString(
                dir.resolve("totals.csv"), "Supplier Name,Sum of Invoice Nett Amount\nValley Skip Hire,120.00\n");

        CliRun run = CliRun.of("screen", "--payments", totals.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("supplier-name 'Supplier Name', amount 'Sum of Invoice Nett Amount'"), run.err());
        assertTrue(run.err().contains("not run: low-level one-off spend (needs a date column)"), run.err());
    }

    @Test
    void listsEveryFileThatCannotBeReadNotOnlyTheFirst() throws Exception {
        Path good = Files.writeString(dir.resolve("good.csv"), "Supplier,Amount\nA Ltd,1.00\n");
        Path noAmount = Files.writeString(dir.resolve("no-amount.csv"), "Supplier,Notes\nA Ltd,hello\n");
        Path noName = Files.writeString(dir.resolve("no-name.csv"), "Reference,Amount\n12,1.00\n");

        CliRun run = CliRun.of(
                "screen",
                "--payments",
                noAmount.toString(),
                "--payments",
                good.toString(),
                "--payments",
                noName.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains(noAmount + ": "), run.err());
        assertTrue(run.err().contains("no column is headed like an amount column or holds its values"), run.err());
        assertTrue(run.err().contains(noName + ": "), run.err());
        assertFalse(run.err().contains(good + ": "), run.err());
    }

    @Test
    void aColumnOverrideAppliesToTheFilesThatHaveThatHeader() throws Exception {
        Path odd = Files.writeString(dir.resolve("odd.csv"), "Supplier,Amount,Booked\nA Ltd,1.00,14/08/2024\n");
        Path usual =
                Files.writeString(dir.resolve("usual.csv"), "Supplier,Amount,Payment Date\nA Ltd,1.00,15/08/2024\n");

        CliRun run = CliRun.of(
                "screen",
                "--column",
                "date=Booked",
                "--payments",
                odd.toString(),
                "--payments",
                usual.toString(),
                "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode inputs = new ObjectMapper().readTree(run.out()).get("inputs");
        assertEquals("Booked", inputs.get(0).at("/columns/date").asText());
        assertEquals("Payment Date", inputs.get(1).at("/columns/date").asText());
        assertTrue(inputs.get(1).get("notes").get(0).asText().contains("'Booked'"));
    }

    @Test
    void flagsAMissingCompanyNumberOnlyWhereTheFileCouldHaveGivenOne() throws Exception {
        Path published = Files.writeString(
                dir.resolve("published.csv"), "Supplier,Amount,Date\nValley Skip Hire,120.00,01/04/2026\n");
        Path register = Files.writeString(
                dir.resolve("register.csv"),
                "Supplier,Company Number,Amount,Date\nNorthside Taxis,,80.00,02/04/2026\n"
                        + "Nightwatch Security,12345678,90.00,02/04/2026\n");

        CliRun alone = CliRun.of("screen", "--payments", published.toString());
        CliRun both =
                CliRun.of("screen", "--json", "--payments", published.toString(), "--payments", register.toString());

        assertEquals(0, alone.exitCode(), alone.err());
        assertTrue(
                alone.out()
                        .contains("No input has a company or charity number column, so the 1 supplier in"
                                + " high-risk sectors could not be checked for one"),
                alone.out());
        var json = new ObjectMapper().readTree(both.out());
        assertTrue(json.get("companyNumbersGiven").asBoolean());
        for (var supplier : json.get("flaggedSuppliers")) {
            boolean flagged = supplier.get("flags").toString().contains("HIGH_RISK_NO_COMPANY_NUMBER");
            assertEquals(supplier.get("name").asText().startsWith("Northside"), flagged, supplier.toString());
        }
    }

    @Test
    void showsSectorsByNameNotIdOnTheConsoleAndInTheWorkbook() throws Exception {
        Path payments = Files.writeString(
                dir.resolve("payments.csv"), "Supplier,Amount,Date\nValley Taxis Ltd,120.00,01/04/2026\n");
        Path out = dir.resolve("screening.xlsx");

        CliRun run = CliRun.of("screen", "--payments", payments.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Vehicles / transport"), run.out());
        assertFalse(run.out().contains("VEHICLES_TRANSPORT"), run.out());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var flagged = book.getSheet("Flagged Suppliers");
            var row = org.socaudit.testing.Cells.row(flagged, "Supplier", "Valley Taxis Ltd");
            assertEquals(
                    "Vehicles / transport",
                    org.socaudit.testing.Cells.cell(row, "Sectors").getStringCellValue());
            assertTrue(org.socaudit.testing.Cells.cell(row, "Evidence")
                    .getStringCellValue()
                    .startsWith("Vehicles / transport: "));
        }
    }

    @Test
    void refusesAColumnOverrideThatNoFileHas() throws Exception {
        Path usual = Files.writeString(dir.resolve("usual.csv"), "Supplier,Amount\nA Ltd,1.00\n");

        CliRun run = CliRun.of("screen", "--column", "date=Bookd", "--payments", usual.toString());

        assertEquals(2, run.exitCode(), "a mistake in the command, not in the file");
        assertTrue(
                run.err()
                        .contains("--column date=Bookd: not used; no input file has a column headed 'Bookd' that can"
                                + " be its date column"),
                run.err());
    }

    @Test
    void aMalformedColumnOverrideIsAUsageError() throws Exception {
        Path usual = Files.writeString(dir.resolve("usual.csv"), "Supplier,Amount\nA Ltd,1.00\n");

        CliRun run = CliRun.of("screen", "--column", "payee", "--payments", usual.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("soc-audit: --column payee"), run.err());
    }

    @Test
    void refusesAFileGivenTwice() throws Exception {
        Path usual = Files.writeString(dir.resolve("usual.csv"), "Supplier,Amount\nA Ltd,1.00\n");

        CliRun run = CliRun.of("screen", "--payments", usual.toString(), "--payments", usual.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is given more than once"), run.err());
    }

    @Test
    void aRefusalNamesTheColumnsHeadedLikeTheRoleWhoseValuesRuledThemOut() throws Exception {
        Path file = Files.writeString(
                dir.resolve("pending.csv"), "Supplier,Amount,Notes\nA Ltd,pending,x\nB Ltd,pending,y\nC Ltd,tbc,z\n");

        CliRun run = CliRun.of("screen", "--payments", file.toString());

        assertEquals(3, run.exitCode());
        assertTrue(
                run.err().contains("'Amount' is headed like an amount column, but its values are not amounts of money"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"£5,000", "5,000.00", "GBP 5000", "5000"})
    void takesTheLowValueAsCouncilsWriteMoney(String amount) throws Exception {
        Path usual = Files.writeString(
                dir.resolve("usual.csv"), "Supplier,Amount,Date\nA Skip Hire Ltd,4999.99,2024-08-14\n");

        CliRun run = CliRun.of("screen", "--payments", usual.toString(), "--low-value", amount, "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("LOW_LEVEL_ONE_OFF"), run.out());
    }

    @Test
    void saysWhatToTypeWhenTheLowValueIsNotMoney() throws Exception {
        Path usual = Files.writeString(dir.resolve("usual.csv"), "Supplier,Amount\nA Ltd,1.00\n");

        CliRun run = CliRun.of("screen", "--payments", usual.toString(), "--low-value", "five thousand");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("use a number such as 5000 or £5,000"), run.err());
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
