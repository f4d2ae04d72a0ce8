package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Companies House checks through the command line, on the demo council's fictional files. */
class CompaniesHouseCommandTest {

    @TempDir
    Path dir;

    private Path spend;
    private Path watchlist;
    private Path companies;
    private Path psc;

    @BeforeEach
    void extractDemoFiles() throws Exception {
        spend = demo("spend-fictional-northbridge.csv");
        watchlist = demo("watchlist-fictional.csv");
        companies = demo("companies-fictional-2026-11-01.csv");
        psc = demo("psc-fictional-2026-11-01.txt");
    }

    @Test
    void screeningTheDemoWithTheRegisterGivesEachFlaggedSupplierItsCompaniesHouseFlags() throws Exception {
        CliRun run = CliRun.of(
                "screen",
                "--payments",
                spend.toString(),
                "--watchlist",
                watchlist.toString(),
                "--companies",
                companies.toString(),
                "--psc",
                psc.toString(),
                "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        Map<String, List<String>> flags = flagsBySupplier(json);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(
                "NORTHBRIDGE SKIP HIRE LTD",
                List.of(
                        "WATCHLIST_STRONG",
                        "HIGH_RISK_NO_COMPANY_NUMBER",
                        "POSSIBLE_SPLITTING",
                        "CH_RECENTLY_INCORPORATED",
                        "CH_DORMANT_OR_NO_ACCOUNTS",
                        "CH_SHARED_ADDRESS",
                        "PSC_COMMON_CONTROL"));
        // Tied by its previous name; the same controller and address as the skip hire firm.
        expected.put(
                "A2B PRIVATE HIRE (NORTHBRIDGE)",
                List.of("HIGH_RISK_NO_COMPANY_NUMBER", "CH_STATUS", "CH_SHARED_ADDRESS", "PSC_COMMON_CONTROL"));
        // At the formation agent's address with Nightwatch's company: no shared-address flag for either.
        expected.put(
                "Northbridge Scrap & Metal Recycling Ltd",
                List.of(
                        "WATCHLIST_STRONG",
                        "HIGH_RISK_NO_COMPANY_NUMBER",
                        "LOW_LEVEL_ONE_OFF",
                        "CH_FILINGS_OVERDUE",
                        "WATCHLIST_PSC"));
        // GB-COH-12345678 is tied by number to a company of another name; its former controller ceased.
        expected.put(
                "NIGHTWATCH EVENT SECURITY LIMITED",
                List.of(
                        "WATCHLIST_STRONG",
                        "LOW_LEVEL_ONE_OFF",
                        "CH_NAME_MISMATCH",
                        "CH_DORMANT_OR_NO_ACCOUNTS",
                        "PSC_STATEMENT"));
        // "QUICKFIX PROPERTY MAINTENANCE" is a limited company's name and an LLP's: tied to neither.
        expected.put(
                "J SMITH T/A QUICKFIX PROPERTY MAINTENANCE",
                List.of("WATCHLIST_STRONG", "HIGH_RISK_NO_COMPANY_NUMBER", "LOW_LEVEL_ONE_OFF"));
        expected.put("THE CLEAN TEAM (NORTHERN) LTD", List.of("LOW_LEVEL_ONE_OFF", "CH_NOT_ON_REGISTER"));
        assertEquals(expected, flags);
        JsonNode register = supplier(json, "A2B PRIVATE HIRE (NORTHBRIDGE)").get("companiesHouse");
        assertEquals("15800002", register.get("number").asText());
        assertEquals("A2B EXECUTIVE TRAVEL LIMITED", register.get("name").asText());
        assertEquals("Active - Proposal to Strike off", register.get("status").asText());
        assertEquals("2019-01-12", register.get("incorporated").asText());
        assertEquals("[\"49320 - Taxi operation\"]", register.get("sic").toString());
        assertEquals("previous-name", register.get("matchedBy").asText());
        assertEquals(
                "number",
                supplier(json, "NIGHTWATCH EVENT SECURITY LIMITED")
                        .at("/companiesHouse/matchedBy")
                        .asText());
        assertEquals(
                "name",
                supplier(json, "NORTHBRIDGE SKIP HIRE LTD")
                        .at("/companiesHouse/matchedBy")
                        .asText());
        assertEquals(
                "SC654321",
                supplier(json, "THE CLEAN TEAM (NORTHERN) LTD")
                        .at("/companiesHouse/number")
                        .asText(),
                "tied by name when the number on file is not on the register");
        JsonNode untied =
                supplier(json, "J SMITH T/A QUICKFIX PROPERTY MAINTENANCE").get("companiesHouse");
        assertTrue(untied.isNull() || untied.get("matchedBy").isNull(), untied.toString());
        JsonNode skips = supplier(json, "NORTHBRIDGE SKIP HIRE LTD");
        assertTrue(
                skips.get("evidence")
                        .toString()
                        .contains("Environmental: Companies House SIC 38110 Collection of non-hazardous waste"),
                skips.toString());
        JsonNode cabs = supplier(json, "A2B PRIVATE HIRE (NORTHBRIDGE)");
        assertTrue(
                cabs.get("evidence").toString().contains("Companies House SIC 49320 Taxi operation"), cabs.toString());
        // A supplier lacking a number on file, tied by name, is told which number the register suggests.
        assertTrue(
                skips.get("flagDetails")
                        .toString()
                        .contains("no company or charity number on file (by exact name the register suggests 15800001:"
                                + " confirm it and record it)"),
                skips.get("flagDetails").toString());
        assertTrue(
                cabs.get("flagDetails").toString().contains("by previous name the register suggests 15800002"),
                cabs.get("flagDetails").toString());
    }

    @Test
    void withoutTheRegisterNoSupplierHasACompaniesHouseFlag() throws Exception {
        CliRun run = CliRun.of("screen", "--payments", spend.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        for (List<String> kinds :
                flagsBySupplier(new ObjectMapper().readTree(run.out())).values()) {
            assertTrue(kinds.stream().noneMatch(k -> k.startsWith("CH_") || k.contains("PSC")), kinds.toString());
        }
    }

    @Test
    void pscWithoutCompaniesIsAUsageError() {
        CliRun run = CliRun.of("screen", "--payments", spend.toString(), "--psc", psc.toString(), "--json");

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(
                run.err()
                        .contains("--psc needs --companies: the people with significant control are looked up for the"
                                + " companies the suppliers are tied to"),
                run.err());
    }

    @Test
    void aMissingCompaniesFileIsAnInputProblemWithoutAStackTrace() {
        Path missing = dir.resolve("BasicCompanyData-2026-11-01.csv");

        CliRun run = CliRun.of("screen", "--payments", spend.toString(), "--companies", missing.toString());

        assertEquals(3, run.exitCode(), run.err());
        assertEquals(missing + ": file not found", run.err().strip());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void aMissingPscFileIsAnInputProblemToo() {
        Path missing = dir.resolve("psc-snapshot.txt");

        CliRun run = CliRun.of(
                "screen",
                "--payments",
                spend.toString(),
                "--companies",
                companies.toString(),
                "--psc",
                missing.toString());

        assertEquals(3, run.exitCode(), run.err());
        assertEquals(missing + ": file not found", run.err().strip());
    }

    @Test
    void aCompaniesFileGivenTwiceIsAUsageError() {
        CliRun run = CliRun.of(
                "screen",
                "--payments",
                spend.toString(),
                "--companies",
                companies.toString(),
                "--companies",
                dir.resolve(".").resolve(companies.getFileName()).toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("is given more than once"), run.err());
    }

    @Test
    void aPartFileWithoutItsSiblingPartsIsAUsageError() throws Exception {
        // Given part 1 of 3 alone, the suppliers' companies in parts 2 and 3 would be "not on the register".
        Path part1 = Files.copy(companies, dir.resolve("BasicCompanyData-2026-11-01-part1_3.csv"));
        Path part3 = Files.copy(companies, dir.resolve("BasicCompanyData-2026-11-01-part3_3.csv"));

        CliRun run = CliRun.of(
                "screen",
                "--payments",
                spend.toString(),
                "--companies",
                part1.toString(),
                "--companies",
                part3.toString(),
                "--json");

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(
                run.err()
                        .contains("BasicCompanyData-2026-11-01-part1_3.csv is one of 3 parts: give --companies once for"
                                + " each part (missing: part 2)"),
                run.err());
    }

    @Test
    void aPscPartFileWithoutItsSiblingPartsIsAUsageErrorToo() throws Exception {
        Path part = Files.copy(psc, dir.resolve("psc-snapshot-2026-11-01_2of2.txt"));

        CliRun run = CliRun.of(
                "screen",
                "--payments",
                spend.toString(),
                "--companies",
                companies.toString(),
                "--psc",
                part.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains("psc-snapshot-2026-11-01_2of2.txt is one of 2 parts: give --psc once for each part"
                                + " (missing: part 1)"),
                run.err());
    }

    @Test
    void everyPartGivenIsScreenedAsOneRegister() throws Exception {
        Path part1 = Files.copy(companies, dir.resolve("BasicCompanyData-2026-11-01-part1_2.csv"));
        List<String> lines = Files.readAllLines(companies);
        Path part2 = RegisterFilesForCli.zip(
                dir.resolve("BasicCompanyData-2026-11-01-part2_2.zip"),
                "BasicCompanyData-2026-11-01-part2_2.csv",
                lines.get(0) + "\r\n");

        CliRun run = CliRun.of(
                "screen",
                "--payments",
                spend.toString(),
                "--companies",
                part1.toString(),
                "--companies",
                part2.toString());

        assertEquals(0, run.exitCode(), run.err());
    }

    /** A zip of one text entry. */
    private static final class RegisterFilesForCli {
        static Path zip(Path file, String entry, String text) throws Exception {
            try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return file;
        }
    }

    @Test
    void aFileThatIsNotBasicCompanyDataIsRefusedWithItsLocation() {
        CliRun run = CliRun.of("screen", "--payments", spend.toString(), "--companies", watchlist.toString());

        assertEquals(3, run.exitCode(), run.err());
        assertEquals(
                watchlist + ":1: not Companies House Basic Company Data: no CompanyName or CompanyNumber column in the"
                        + " header",
                run.err().strip());
    }

    @Test
    void aWatchlistDateOfBirthThatCannotBeReadIsAnInputIssueAndTheEntryIsKept() throws Exception {
        Path list = Files.writeString(
                dir.resolve("watchlist.csv"),
                "Name,Date of Birth\nNorthbridge Skip Hire Limited,13/1979\nLee Marsh,11/1982\n");

        CliRun run = CliRun.of(
                "screen",
                "--payments",
                spend.toString(),
                "--watchlist",
                list.toString(),
                "--companies",
                companies.toString(),
                "--psc",
                psc.toString(),
                "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("inputIssues").asInt());
        assertTrue(
                flagsBySupplier(json).get("NORTHBRIDGE SKIP HIRE LTD").contains("WATCHLIST_STRONG"),
                "the entry is kept, without its date of birth");
        assertTrue(flagsBySupplier(json)
                .get("Northbridge Scrap & Metal Recycling Ltd")
                .contains("WATCHLIST_PSC"));
        assertFalse(run.err().contains("no readable date"), "a date of birth is no payment date: " + run.err());

        CliRun strict = CliRun.of("screen", "--payments", spend.toString(), "--watchlist", list.toString(), "--strict");

        assertEquals(3, strict.exitCode(), strict.err());
        assertEquals(
                list + ":row 2, column 'Date of Birth': '13/1979' is not a month and year of birth (write 05/1979,"
                        + " 1979-05 or a full date); the entry is kept without it",
                strict.err().strip());
    }

    // --- helpers ------------------------------------------------------------------------------

    private Path demo(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/socaudit/demo/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static Map<String, List<String>> flagsBySupplier(JsonNode json) {
        Map<String, List<String>> flags = new LinkedHashMap<>();
        for (JsonNode supplier : json.get("flaggedSuppliers")) {
            List<String> kinds = new ArrayList<>();
            supplier.get("flags").forEach(flag -> kinds.add(flag.asText()));
            flags.put(supplier.get("name").asText(), kinds);
        }
        return flags;
    }

    private static JsonNode supplier(JsonNode json, String name) {
        for (JsonNode supplier : json.get("flaggedSuppliers")) {
            if (supplier.get("name").asText().equals(name)) {
                return supplier;
            }
        }
        throw new AssertionError("no flagged supplier " + name);
    }
}
