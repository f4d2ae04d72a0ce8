package org.socaudit.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.benchmark.CompaniesHouseFiles.Company;
import org.socaudit.benchmark.CompaniesHouseFiles.PreviousName;
import org.socaudit.benchmark.CompaniesHouseFiles.Psc;

class CompaniesHouseFilesTest {

    /** The first line of the real file, as three public copies of it show it. */
    private static final String REAL_HEADER = "CompanyName, CompanyNumber,RegAddress.CareOf,RegAddress.POBox,"
            + "RegAddress.AddressLine1, RegAddress.AddressLine2,RegAddress.PostTown,RegAddress.County,"
            + "RegAddress.Country,RegAddress.PostCode,CompanyCategory,CompanyStatus,CountryOfOrigin,DissolutionDate,"
            + "IncorporationDate,Accounts.AccountRefDay,Accounts.AccountRefMonth,Accounts.NextDueDate,"
            + "Accounts.LastMadeUpDate,Accounts.AccountCategory,Returns.NextDueDate,Returns.LastMadeUpDate,"
            + "Mortgages.NumMortCharges,Mortgages.NumMortOutstanding,Mortgages.NumMortPartSatisfied,"
            + "Mortgages.NumMortSatisfied,SICCode.SicText_1,SICCode.SicText_2,SICCode.SicText_3,SICCode.SicText_4,"
            + "LimitedPartnerships.NumGenPartners,LimitedPartnerships.NumLimPartners,URI,"
            + "PreviousName_1.CONDATE, PreviousName_1.CompanyName, PreviousName_2.CONDATE, PreviousName_2.CompanyName,"
            + "PreviousName_3.CONDATE, PreviousName_3.CompanyName,PreviousName_4.CONDATE, PreviousName_4.CompanyName,"
            + "PreviousName_5.CONDATE, PreviousName_5.CompanyName,PreviousName_6.CONDATE, PreviousName_6.CompanyName,"
            + "PreviousName_7.CONDATE, PreviousName_7.CompanyName,PreviousName_8.CONDATE, PreviousName_8.CompanyName,"
            + "PreviousName_9.CONDATE, PreviousName_9.CompanyName,PreviousName_10.CONDATE, PreviousName_10.CompanyName,"
            + "ConfStmtNextDueDate, ConfStmtLastMadeUpDate";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Company taxis() {
        return Company.of(
                        "ABBERCAL TAXIS LIMITED",
                        "01000005",
                        "12 STATION ROAD",
                        "LEEDS",
                        "LS1 4AB",
                        "15/03/2019",
                        "49320 - Taxi operation")
                .withPreviousNames(
                        new PreviousName("02/02/2022", "ABBERCAL CARS LTD"),
                        new PreviousName("01/06/2020", "ABBERCAL, \"A\" & CO LTD"));
    }

    private static Company noSic() {
        return Company.of("QUIET HOLDINGS LTD", "SC123456", "1 HARBOUR PLACE", "EDINBURGH", "EH2 4QX", "10/01/2026")
                .withStatus("Active - Proposal to Strike off")
                .withAccountsCategory("DORMANT")
                .withCareOf("C/O SMITH ACCOUNTANTS");
    }

    @Test
    void headerIsTheRealOneWithItsSpacesAndUnquoted() throws IOException {
        Path file = dir.resolve("basic.csv");
        CompaniesHouseFiles.writeBasicCompanyData(file, List.of(taxis()));
        String firstLine = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        assertEquals(REAL_HEADER, firstLine);
        assertEquals(REAL_HEADER, String.join(",", CompaniesHouseFiles.BASIC_COMPANY_DATA_HEADER));
        List<String> header = readHeader(file);
        assertEquals(55, header.size());
        assertEquals(CompaniesHouseFiles.BASIC_COMPANY_DATA_HEADER, header);
        assertEquals(" CompanyNumber", header.get(1));
        assertEquals(" RegAddress.AddressLine2", header.get(5));
        assertEquals("PreviousName_1.CONDATE", header.get(33));
        assertEquals(" PreviousName_1.CompanyName", header.get(34));
        assertEquals(" PreviousName_2.CONDATE", header.get(35));
        assertEquals("PreviousName_10.CONDATE", header.get(51));
        assertEquals(" PreviousName_10.CompanyName", header.get(52));
        assertEquals("ConfStmtNextDueDate", header.get(53));
        assertEquals(" ConfStmtLastMadeUpDate", header.get(54));
    }

    @Test
    void everyDataCellIsQuotedAndLinesEndWithLineFeed() throws IOException {
        Path file = dir.resolve("basic.csv");
        CompaniesHouseFiles.writeBasicCompanyData(file, List.of(taxis(), noSic()));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("\n"));
        String[] lines = text.split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("\"ABBERCAL TAXIS LIMITED\",\"01000005\",\"\",\"\",\"12 STATION ROAD\",\"\","));
        assertTrue(lines[2].endsWith("\""));
        // Embedded quotes are doubled, the comma kept inside the quotes.
        assertTrue(lines[1].contains(",\"ABBERCAL, \"\"A\"\" & CO LTD\","));
        // Every cell quoted, empty or not: 55 cells, so 110 unescaped quote characters on a plain row.
        assertEquals(110, lines[2].chars().filter(c -> c == '"').count());
    }

    @Test
    void rowsReadBackIntoTheRightColumns() throws IOException {
        Path file = dir.resolve("basic.csv");
        CompaniesHouseFiles.writeBasicCompanyData(file, List.of(taxis(), noSic()));
        List<Map<String, String>> rows = readRows(file);
        assertEquals(2, rows.size());

        Map<String, String> taxis = rows.get(0);
        assertEquals("ABBERCAL TAXIS LIMITED", taxis.get("CompanyName"));
        assertEquals("01000005", taxis.get(" CompanyNumber"));
        assertEquals("12 STATION ROAD", taxis.get("RegAddress.AddressLine1"));
        assertEquals("", taxis.get(" RegAddress.AddressLine2"));
        assertEquals("LEEDS", taxis.get("RegAddress.PostTown"));
        assertEquals("LS1 4AB", taxis.get("RegAddress.PostCode"));
        assertEquals("Private Limited Company", taxis.get("CompanyCategory"));
        assertEquals("Active", taxis.get("CompanyStatus"));
        assertEquals("United Kingdom", taxis.get("CountryOfOrigin"));
        assertEquals("", taxis.get("DissolutionDate"));
        assertEquals("15/03/2019", taxis.get("IncorporationDate"));
        assertEquals("TOTAL EXEMPTION FULL", taxis.get("Accounts.AccountCategory"));
        assertEquals("49320 - Taxi operation", taxis.get("SICCode.SicText_1"));
        assertEquals("", taxis.get("SICCode.SicText_2"));
        assertEquals("http://business.data.gov.uk/id/company/01000005", taxis.get("URI"));
        assertEquals("02/02/2022", taxis.get("PreviousName_1.CONDATE"));
        assertEquals("ABBERCAL CARS LTD", taxis.get(" PreviousName_1.CompanyName"));
        assertEquals("01/06/2020", taxis.get(" PreviousName_2.CONDATE"));
        assertEquals("ABBERCAL, \"A\" & CO LTD", taxis.get(" PreviousName_2.CompanyName"));
        assertEquals("", taxis.get("PreviousName_3.CONDATE"));
        assertEquals("", taxis.get(" PreviousName_10.CompanyName"));
        // Filed on time at 1 November 2026: reference date 31 March, accounts to 31/03/2026 due 31/12/2026
        // next; confirmation statement made up to 15/03/2026, next due 14 days after 15/03/2027.
        assertEquals("31", taxis.get("Accounts.AccountRefDay"));
        assertEquals("3", taxis.get("Accounts.AccountRefMonth"));
        assertEquals("31/03/2025", taxis.get("Accounts.LastMadeUpDate"));
        assertEquals("31/12/2026", taxis.get("Accounts.NextDueDate"));
        assertEquals("15/03/2026", taxis.get(" ConfStmtLastMadeUpDate"));
        assertEquals("29/03/2027", taxis.get("ConfStmtNextDueDate"));
        // Incorporated after annual returns ended: first return "due" a year and 28 days on, none made.
        assertEquals("12/04/2020", taxis.get("Returns.NextDueDate"));
        assertEquals("", taxis.get("Returns.LastMadeUpDate"));
        assertEquals("0", taxis.get("LimitedPartnerships.NumGenPartners"));

        Map<String, String> quiet = rows.get(1);
        assertEquals("SC123456", quiet.get(" CompanyNumber"));
        assertEquals("None Supplied", quiet.get("SICCode.SicText_1"));
        assertEquals("", quiet.get("SICCode.SicText_2"));
        assertEquals("Active - Proposal to Strike off", quiet.get("CompanyStatus"));
        assertEquals("DORMANT", quiet.get("Accounts.AccountCategory"));
        assertEquals("C/O SMITH ACCOUNTANTS", quiet.get("RegAddress.CareOf"));
        // Incorporated in January 2026: nothing filed yet, first accounts due 21 months on.
        assertEquals("", quiet.get("Accounts.LastMadeUpDate"));
        assertEquals("10/10/2027", quiet.get("Accounts.NextDueDate"));
        assertEquals("", quiet.get(" ConfStmtLastMadeUpDate"));
        assertEquals("24/01/2027", quiet.get("ConfStmtNextDueDate"));
    }

    @Test
    void defaultDueDatesAreAfterTheSnapshotAndOverridesStick() throws IOException {
        for (String incorporated : List.of("01/01/1990", "29/02/2016", "31/10/2025", "01/11/2026", "31/12/2024")) {
            Company company = Company.of("A LTD", "00000001", "1 A ROAD", "LEEDS", "LS1 1AA", incorporated);
            for (String due : List.of(company.accountsNextDueDate(), company.confStmtNextDueDate())) {
                assertTrue(
                        CompaniesHouseFiles.parseDate(due).isAfter(CompaniesHouseFiles.SNAPSHOT),
                        incorporated + " gives " + due);
            }
        }
        Company overdue = taxis().withAccountsNextDueDate("31/12/2025")
                .withConfStmtNextDueDate("01/01/2026")
                .withAddress("71 CANAL STREET", "LONDON", "WC2H 9QX")
                .withCategory("Community Interest Company")
                .withIncorporationDate("01/01/2026");
        assertEquals("71 CANAL STREET", overdue.addressLine1());
        assertEquals("Community Interest Company", overdue.category());
        assertEquals("01/01/2026", overdue.incorporationDate());
        assertEquals(2, overdue.previousNames().size());
        Path file = dir.resolve("overdue.csv");
        CompaniesHouseFiles.writeBasicCompanyData(file, List.of(taxis().withAccountsNextDueDate("31/12/2025")));
        assertEquals("31/12/2025", readRows(file).get(0).get("Accounts.NextDueDate"));
    }

    @Test
    void zipHoldsOneCsvNamedLikeTheRealOne() throws IOException {
        Path zip = dir.resolve("BasicCompanyDataAsOneFile-2026-11-01.zip");
        CompaniesHouseFiles.writeBasicCompanyDataZip(zip, List.of(taxis(), noSic()));
        List<String> names = new ArrayList<>();
        byte[] content = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                content = in.readAllBytes();
            }
        }
        assertEquals(List.of("BasicCompanyDataAsOneFile-2026-11-01.csv"), names);
        Path plain = dir.resolve("plain.csv");
        CompaniesHouseFiles.writeBasicCompanyData(plain, List.of(taxis(), noSic()));
        assertArrayEquals(Files.readAllBytes(plain), content);

        Path other = dir.resolve("companies.zip");
        CompaniesHouseFiles.writeBasicCompanyDataZip(other, List.of(taxis()));
        assertEquals(List.of("BasicCompanyDataAsOneFile-2026-11-01.csv"), zipEntries(other));
    }

    @Test
    void pscLinesAreJsonWithThePublishedFieldsAndTheTotalsLast() throws IOException {
        List<Psc> records = List.of(
                Psc.individual("01000005", "John", "Smith", 4, 1971, "2016-04-06")
                        .withName("Mr John Paul Smith"),
                Psc.individual("01000005", "Jane", "Doe", 11, 1980, "2017-05-01")
                        .ceased("2020-01-31"),
                Psc.corporate("01000005", "PARENT HOLDINGS LIMITED", "2018-02-03"),
                Psc.statement("SC123456", CompaniesHouseFiles.NO_REGISTRABLE_PERSON, "2019-06-30"),
                Psc.statement("SC123456", CompaniesHouseFiles.PSC_DETAILS_NOT_CONFIRMED, "2020-07-01"));
        Path file = dir.resolve("psc.txt");
        CompaniesHouseFiles.writePsc(file, records);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(6, lines.size());
        assertTrue(Files.readString(file).endsWith("}\n"));
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : lines) {
            nodes.add(JSON.readTree(line));
        }

        JsonNode john = nodes.get(0);
        assertEquals("01000005", john.get("company_number").asText());
        JsonNode data = john.get("data");
        assertEquals(CompaniesHouseFiles.INDIVIDUAL_KIND, data.get("kind").asText());
        assertEquals("Mr John Paul Smith", data.get("name").asText());
        assertEquals("John", data.at("/name_elements/forename").asText());
        assertEquals("Paul", data.at("/name_elements/middle_name").asText());
        assertEquals("Smith", data.at("/name_elements/surname").asText());
        assertEquals("Mr", data.at("/name_elements/title").asText());
        assertEquals(4, data.at("/date_of_birth/month").asInt());
        assertEquals(1971, data.at("/date_of_birth/year").asInt());
        assertEquals("British", data.get("nationality").asText());
        assertEquals("England", data.get("country_of_residence").asText());
        assertEquals(
                "ownership-of-shares-75-to-100-percent",
                data.at("/natures_of_control/0").asText());
        assertEquals("2016-04-06", data.get("notified_on").asText());
        assertFalse(data.has("ceased_on"));
        assertTrue(data.at("/address/postal_code").isTextual());
        assertTrue(data.get("etag").asText().matches("[0-9a-f]{40}"));
        assertTrue(data.at("/links/self")
                .asText()
                .matches("/company/01000005/persons-with-significant-control/individual/[A-Za-z0-9_-]{27}"));

        JsonNode jane = nodes.get(1).get("data");
        assertEquals("2020-01-31", jane.get("ceased_on").asText());
        assertEquals("Jane Doe", jane.get("name").asText());
        assertFalse(jane.get("name_elements").has("title"));

        JsonNode parent = nodes.get(2).get("data");
        assertEquals(CompaniesHouseFiles.CORPORATE_KIND, parent.get("kind").asText());
        assertEquals("PARENT HOLDINGS LIMITED", parent.get("name").asText());
        assertTrue(parent.at("/identification/legal_form").isTextual());
        assertFalse(parent.has("date_of_birth"));
        assertTrue(parent.at("/links/self").asText().contains("/persons-with-significant-control/corporate-entity/"));

        JsonNode statement = nodes.get(3);
        assertEquals("SC123456", statement.get("company_number").asText());
        assertEquals(
                CompaniesHouseFiles.STATEMENT_KIND, statement.at("/data/kind").asText());
        assertEquals(
                "no-individual-or-entity-with-signficant-control",
                statement.at("/data/statement").asText());
        assertTrue(statement.at("/data/links/self").asText().contains("/persons-with-significant-control-statements/"));
        assertFalse(statement.get("data").has("name"));
        assertEquals(
                "psc-details-not-confirmed", nodes.get(4).at("/data/statement").asText());

        JsonNode totals = nodes.get(5);
        assertFalse(totals.has("company_number"));
        assertEquals(CompaniesHouseFiles.TOTALS_KIND, totals.at("/data/kind").asText());
        assertEquals(3, totals.at("/data/persons_of_significant_control_count").asInt());
        assertEquals(2, totals.at("/data/statements_count").asInt());
        assertEquals(0, totals.at("/data/exemptions_count").asInt());
        assertTrue(totals.at("/data/generated_at").isTextual());

        // The same records give the same lines: etags and ids come from the records.
        Path again = dir.resolve("again.txt");
        CompaniesHouseFiles.writePsc(again, records);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void pscZipHoldsOneSnapshotNamedLikeTheRealOne() throws IOException {
        Path zip = dir.resolve("persons-with-significant-control-snapshot-2026-11-01.zip");
        CompaniesHouseFiles.writePscZip(zip, List.of(Psc.corporate("01000005", "PARENT LIMITED", "2018-02-03")));
        assertEquals(List.of("persons-with-significant-control-snapshot-2026-11-01.txt"), zipEntries(zip));
        Path part = dir.resolve("psc-snapshot-2026-11-01_1of32.zip");
        CompaniesHouseFiles.writePscZip(part, List.of());
        assertEquals(List.of("psc-snapshot-2026-11-01_1of32.txt"), zipEntries(part));
    }

    @Test
    void benchmarkGenerationIsDeterministicAndJoinsTheLedger() throws Exception {
        Path ledgerDir = dir.resolve("ledger");
        LedgerGenerator.main(new String[] {ledgerDir.toString(), "5000", "300", "100"});
        Path ledger = ledgerDir.resolve("ledger.csv");
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        CompaniesHouseFiles.main(new String[] {first.toString(), "2000", "3000", ledger.toString()});
        CompaniesHouseFiles.main(new String[] {second.toString(), "2000", "3000", ledger.toString()});
        Path csv = Path.of("BasicCompanyData-2026-11-01.csv");
        Path psc = Path.of("persons-with-significant-control-snapshot-2026-11-01.txt");
        assertArrayEquals(Files.readAllBytes(first.resolve(csv)), Files.readAllBytes(second.resolve(csv)));
        assertArrayEquals(Files.readAllBytes(first.resolve(psc)), Files.readAllBytes(second.resolve(psc)));

        List<Map<String, String>> rows = readRows(first.resolve(csv));
        assertEquals(2000, rows.size());
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Map<String, String> row : rows) {
            String number = row.get(" CompanyNumber");
            assertTrue(number.matches("[0-9]{8}|(SC|NI|OC|SO|LP)[0-9]{6}"), number);
            assertTrue(numbers.add(number), "unique " + number);
            names.add(row.get("CompanyName"));
            assertTrue(row.get("IncorporationDate").matches("\\d\\d/\\d\\d/\\d{4}"));
            assertFalse(row.get("SICCode.SicText_1").isEmpty());
            assertEquals("http://business.data.gov.uk/id/company/" + number, row.get("URI"));
        }

        // About 60% of the ledger's suppliers are on the register, by number where the ledger has one.
        Map<String, String> suppliers = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(ledger);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())
                        .get()) {
            for (CSVRecord record : parser) {
                suppliers.put(record.get("Supplier Name"), record.get("Company Number"));
            }
        }
        int onRegister = 0;
        int byNumber = 0;
        for (Map.Entry<String, String> supplier : suppliers.entrySet()) {
            String base = supplier.getKey().replaceAll(" (LTD|LIMITED)$", "");
            if (names.contains(base + " LTD") || names.contains(base + " LIMITED") || names.contains(base)) {
                onRegister++;
            }
            if (!supplier.getValue().isEmpty() && numbers.contains(supplier.getValue())) {
                byNumber++;
            }
        }
        double share = onRegister / (double) suppliers.size();
        assertTrue(share > 0.45 && share < 0.65, "share on the register " + share);
        assertTrue(byNumber > suppliers.size() / 4, "by number " + byNumber);

        List<String> lines = Files.readAllLines(first.resolve(psc), StandardCharsets.UTF_8);
        assertEquals(3001, lines.size());
        boolean statementsStarted = false;
        int ledgerPscs = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            JsonNode node = JSON.readTree(lines.get(i));
            String kind = node.at("/data/kind").asText();
            boolean statement = CompaniesHouseFiles.STATEMENT_KIND.equals(kind);
            assertFalse(statementsStarted && !statement, "statements come last");
            statementsStarted |= statement;
            if (numbers.contains(node.get("company_number").asText())) {
                ledgerPscs++;
            }
        }
        assertTrue(statementsStarted);
        assertTrue(ledgerPscs > 1000, "lines for companies on the register: " + ledgerPscs);
        assertEquals(
                CompaniesHouseFiles.TOTALS_KIND,
                JSON.readTree(lines.get(lines.size() - 1)).at("/data/kind").asText());
    }

    @Test
    void fullSizeDistributionsAtASmallScale() throws IOException {
        CompaniesHouseGenerator generator = CompaniesHouseGenerator.create(20_000, 0, null);
        int dormant = 0;
        int notActive = 0;
        int withPrevious = 0;
        int atAgents = 0;
        int total = 0;
        Set<String> agentLines = new HashSet<>();
        for (String[] agent : CompaniesHouseGenerator.FORMATION_AGENTS) {
            agentLines.add(agent[0]);
        }
        for (Company company : generator.companies()) {
            total++;
            dormant += company.accountsCategory().equals("DORMANT") ? 1 : 0;
            notActive += company.status().equals("Active") ? 0 : 1;
            withPrevious += company.previousNames().isEmpty() ? 0 : 1;
            atAgents += agentLines.contains(company.addressLine1()) ? 1 : 0;
            assertTrue(company.name().contains("X"), company.name());
            if (!company.incorporationDate().isEmpty()) {
                assertFalse(CompaniesHouseFiles.parseDate(company.incorporationDate())
                        .isAfter(LocalDate.of(2026, 11, 1)));
            }
        }
        assertEquals(20_000, total);
        assertBetween("dormant", dormant / (double) total, 0.025, 0.055);
        assertBetween("not active", notActive / (double) total, 0.01, 0.03);
        assertBetween("previous names", withPrevious / (double) total, 0.07, 0.13);
        assertBetween("formation agents", atAgents / (double) total, 0.06, 0.10);
    }

    private static void assertBetween(String what, double value, double low, double high) {
        assertTrue(value >= low && value <= high, what + " " + value);
    }

    private static List<String> zipEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static List<String> readHeader(Path file) throws IOException {
        try (CSVParser parser = parse(file)) {
            return parser.getHeaderNames();
        }
    }

    private static List<Map<String, String>> readRows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = parse(file)) {
            for (CSVRecord record : parser) {
                assertEquals(55, record.size());
                rows.add(record.toMap());
            }
        }
        return rows;
    }

    private static CSVParser parse(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return CSVParser.builder()
                .setInputStream(in)
                .setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())
                .get();
    }
}
