package org.socaudit.companies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socaudit.companies.RegisterFiles.corporate;
import static org.socaudit.companies.RegisterFiles.person;
import static org.socaudit.companies.RegisterFiles.statement;
import static org.socaudit.companies.RegisterFiles.totals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.companies.RegisterFiles.Company;
import org.socaudit.model.CompanyMatch;
import org.socaudit.model.ControllingPerson;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.MatchBasis;
import org.socaudit.model.Problem;
import org.socaudit.model.RegisterCheck;
import org.socaudit.model.RegisteredCompany;
import org.socaudit.model.SupplierProfile;
import org.socaudit.tabular.CompanyNumbers;

class CompaniesHouseLookupTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 8, 14);

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    // --- matching -------------------------------------------------------------------------------

    @Test
    void matchesByTheNumberOnFileNormalisedWithItsPrefixKept() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("BasicCompanyData-2026-11-01-part1_7.csv"),
                new Company("ACME CLEANING LIMITED", "01234567"),
                new Company("CALEDONIAN CABS LIMITED", "SC123456"),
                new Company("HIGHLAND PARTNERS LLP", "OC301540"),
                new Company("ULSTER SKIPS LIMITED", "NI012345"),
                new Company("DECOY DIGITS LIMITED", "00123456"));

        RegisterCheck check = lookUp(
                List.of(file),
                supplier("Acme Cleaning", number("1234567")),
                supplier("Caledonian Cabs Ltd", number("sc 123456")),
                supplier("Highland Partners LLP", number("GB-COH-OC301540")),
                supplier("Ulster Skips Ltd", number("NI012345")),
                // The register writes numbers in capitals; a ledger's lower-case prefix is the same number.
                supplier("Someone Else Entirely", number("sc123456")));

        assertEquals("01234567", number("1234567"), "a ledger's short number is padded to eight");
        assertMatched(check.matches().get(0), "01234567", "ACME CLEANING LIMITED", MatchBasis.NUMBER);
        assertMatched(check.matches().get(1), "SC123456", "CALEDONIAN CABS LIMITED", MatchBasis.NUMBER);
        assertMatched(check.matches().get(2), "OC301540", "HIGHLAND PARTNERS LLP", MatchBasis.NUMBER);
        assertMatched(check.matches().get(3), "NI012345", "ULSTER SKIPS LIMITED", MatchBasis.NUMBER);
        // By number even when the name is nothing like it: the name check is a flag, not a refusal.
        assertMatched(check.matches().get(4), "SC123456", "CALEDONIAN CABS LIMITED", MatchBasis.NUMBER);
        assertEquals(5, check.companiesRead());
        assertFalse(check.pscGiven());
    }

    @Test
    void aPrefixIsPartOfTheNumberSoScDigitsAreNotTheBareDigits() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"),
                new Company("CALEDONIAN CABS LIMITED", "SC123456"),
                new Company("DECOY DIGITS LIMITED", "00123456"));

        RegisterCheck check = lookUp(List.of(file), supplier("Caledonian Cabs", number("123456")));

        CompanyMatch match = check.matches().get(0);
        assertEquals("00123456", number("123456"));
        // 00123456 is on the register, under another name: matched by number, not moved to SC123456.
        assertMatched(match, "00123456", "DECOY DIGITS LIMITED", MatchBasis.NUMBER);
    }

    @Test
    void matchesByExactNameOnceLegalFormAmpersandsTheAndPunctuationAreSetAside() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"),
                new Company("SMITH AND JONES CO LIMITED", "00000011"),
                new Company("ACORN NURSERY LIMITED", "00000012"),
                new Company("O'BRIEN'S PLUMBING (N.E.) LIMITED", "00000013"),
                new Company("NORTHSIDE TAXIS LIMITED", "00000014"),
                new Company("QUAYSIDE CONSULTING LIMITED", "00000015"));

        RegisterCheck check = lookUp(
                List.of(file),
                supplier("Smith & Jones Co. Ltd", null),
                supplier("The Acorn Nursery Ltd", null),
                supplier("OBriens Plumbing N.E. Ltd.", null),
                supplier("Northside Taxis", null),
                supplier("Quayside Consulting LLP", null),
                supplier("SMITH + JONES CO", null));

        assertMatched(check.matches().get(0), "00000011", "SMITH AND JONES CO LIMITED", MatchBasis.NAME);
        assertMatched(check.matches().get(1), "00000012", "ACORN NURSERY LIMITED", MatchBasis.NAME);
        assertMatched(check.matches().get(2), "00000013", "O'BRIEN'S PLUMBING (N.E.) LIMITED", MatchBasis.NAME);
        assertMatched(check.matches().get(3), "00000014", "NORTHSIDE TAXIS LIMITED", MatchBasis.NAME);
        CompanyMatch llp = check.matches().get(4);
        assertFalse(llp.matched(), "an LLP is not the limited company of the same words: " + llp);
        assertEquals("no company of this name in the register file given", llp.note());
        assertMatched(check.matches().get(5), "00000011", "SMITH AND JONES CO LIMITED", MatchBasis.NAME);
        assertEquals("", check.matches().get(0).note());
    }

    @Test
    void matchesByAPreviousName() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"),
                new Company("A2B EXECUTIVE TRAVEL LIMITED", "15800002")
                        .previousName(1, "A2B PRIVATE HIRE (NORTHBRIDGE) LIMITED", "01/06/2026")
                        .previousName(2, "A2B CABS LIMITED", "01/06/2020"));

        RegisterCheck check = lookUp(
                List.of(file),
                supplier("A2B PRIVATE HIRE (NORTHBRIDGE)", null),
                supplier("A2B Cabs Ltd", null),
                supplier("A2B Cabs LLP", null));

        CompanyMatch match = check.matches().get(0);
        assertMatched(match, "15800002", "A2B EXECUTIVE TRAVEL LIMITED", MatchBasis.PREVIOUS_NAME);
        assertEquals(
                List.of("A2B PRIVATE HIRE (NORTHBRIDGE) LIMITED", "A2B CABS LIMITED"),
                match.company().previousNames());
        assertEquals("previous-name", match.matchedBy().code());
        assertMatched(check.matches().get(1), "15800002", "A2B EXECUTIVE TRAVEL LIMITED", MatchBasis.PREVIOUS_NAME);
        assertFalse(check.matches().get(2).matched(), "an LLP is not a previous limited company");
    }

    @Test
    void aNameTwoCompaniesShareTiesTheSupplierToNeitherAndSaysSo() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"),
                new Company("PREMIER CLEANING SERVICES LIMITED", "00000021"),
                new Company("PREMIER CLEANING SERVICES LLP", "OC000022"),
                new Company("GOLDEN DRAGON HOLDINGS LIMITED", "00000023")
                        .previousName(1, "GOLDEN DRAGON TAKEAWAY LIMITED", "01/01/2020"),
                new Company("JADE GARDEN LIMITED", "00000024")
                        .previousName(1, "GOLDEN DRAGON TAKEAWAY LIMITED", "01/01/2015"));

        RegisterCheck check = lookUp(
                List.of(file),
                supplier("Premier Cleaning Services", null),
                supplier("Premier Cleaning Services Ltd", null),
                supplier("Golden Dragon Takeaway", null));

        CompanyMatch shared = check.matches().get(0);
        assertFalse(shared.matched());
        assertNull(shared.matchedBy());
        assertEquals(
                "2 companies have this name, so none is taken: PREMIER CLEANING SERVICES LIMITED (00000021),"
                        + " PREMIER CLEANING SERVICES LLP (OC000022); give the company number to tie it",
                shared.note());
        assertMatched(check.matches().get(1), "00000021", "PREMIER CLEANING SERVICES LIMITED", MatchBasis.NAME);
        CompanyMatch oldName = check.matches().get(2);
        assertFalse(oldName.matched());
        assertTrue(oldName.note().startsWith("2 companies once had this name, so none is taken"), oldName.note());
    }

    @Test
    void aCurrentNameWinsOverAnotherCompanysPreviousName() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"),
                new Company("ZENITH COACHES LIMITED", "00000031")
                        .previousName(1, "BLUE SKY TRAVEL LIMITED", "01/03/2021"),
                new Company("BLUE SKY TRAVEL LIMITED", "00000032"));

        RegisterCheck check = lookUp(List.of(file), supplier("Blue Sky Travel Ltd", null));

        assertMatched(check.matches().get(0), "00000032", "BLUE SKY TRAVEL LIMITED", MatchBasis.NAME);
    }

    @Test
    void aNumberNotOnTheRegisterFallsBackToTheNameAndSaysSo() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"), new Company("THE CLEAN TEAM (NORTHERN) LIMITED", "SC654321"));

        RegisterCheck check = lookUp(
                List.of(file),
                supplier("THE CLEAN TEAM (NORTHERN) LTD", number("SC123456")),
                supplier("Gone Away Ltd", number("07654321")));

        CompanyMatch byName = check.matches().get(0);
        assertMatched(byName, "SC654321", "THE CLEAN TEAM (NORTHERN) LIMITED", MatchBasis.NAME);
        assertEquals("company number SC123456 is not on the live register", byName.note());
        CompanyMatch gone = check.matches().get(1);
        assertFalse(gone.matched());
        assertEquals("company number 07654321 is not on the live register", gone.note());
    }

    // --- what is read -----------------------------------------------------------------------------

    @Test
    void readsEveryFieldTheChecksUse() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"),
                new Company("NORTHBRIDGE SKIP HIRE LIMITED", "15800001")
                        .address("Unit 4 Canal Wharf", "NB1 4QT")
                        .set("RegAddress.CareOf", "")
                        .set("CompanyStatus", "Active - Proposal to Strike off")
                        .set("IncorporationDate", "03/03/2026")
                        .set("Accounts.AccountCategory", "NO ACCOUNTS FILED")
                        .set("Accounts.NextDueDate", "03/12/2027")
                        .set("Accounts.LastMadeUpDate", "")
                        .set("ConfStmtNextDueDate", "16/03/2027")
                        .set("ConfStmtLastMadeUpDate", "")
                        .sic("38110 - Collection of non-hazardous waste", "49410 - Freight transport by road"),
                new Company("CANAL WHARF NEIGHBOUR LIMITED", "15800099").address("UNIT 4, CANAL WHARF", "nb14qt"),
                new Company("NONE SUPPLIED LIMITED", "15800098"));

        RegisterCheck check =
                lookUp(List.of(file), supplier("Northbridge Skip Hire Ltd", null), supplier("None Supplied Ltd", null));

        RegisteredCompany company = check.matches().get(0).company();
        assertEquals("Unit 4 Canal Wharf, Northbridge, NB1 4QT", company.address());
        assertEquals("NB1 4QT", company.postcode());
        assertEquals(2, company.companiesAtAddress(), "the same first line and postcode, however written");
        assertEquals("Active - Proposal to Strike off", company.status());
        assertFalse(company.active());
        assertEquals(LocalDate.of(2026, 3, 3), company.incorporated());
        assertEquals("NO ACCOUNTS FILED", company.accountsCategory());
        assertEquals(LocalDate.of(2027, 12, 3), company.accountsNextDue());
        assertEquals(LocalDate.of(2027, 3, 16), company.confirmationStatementNextDue());
        assertEquals(
                List.of("38110 - Collection of non-hazardous waste", "49410 - Freight transport by road"),
                company.sic());
        assertEquals(List.of("38110", "49410"), company.sicCodes());
        assertEquals("Private Limited Company", company.category());
        assertEquals(List.of(), check.matches().get(1).company().sic(), "'None Supplied' is no SIC code");
    }

    @Test
    void readsAZipHoldingTheCsv() throws Exception {
        String csv = RegisterFiles.csv(List.of(new Company("ACME CLEANING LIMITED", "01234567")));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("BasicCompanyDataAsOneFile-2026-11-01.csv", csv);
        Path zip = RegisterFiles.writeZip(dir.resolve("BasicCompanyDataAsOneFile-2026-11-01.zip"), entries);

        RegisterCheck check = lookUp(List.of(zip), supplier("Acme Cleaning Ltd", null));

        assertMatched(check.matches().get(0), "01234567", "ACME CLEANING LIMITED", MatchBasis.NAME);
        assertEquals(LocalDate.of(2026, 11, 1), check.snapshotDate());
    }

    @Test
    void readsPartFilesGivenTogetherAsOneRegister() throws Exception {
        Path part1 = RegisterFiles.writeCsv(
                dir.resolve("BasicCompanyData-2026-11-01-part1_2.csv"),
                new Company("ACME CLEANING LIMITED", "01234567").address("9 Dock Road", "NB2 2AA"),
                new Company("SHELL ONE LIMITED", "01234568").address("9 Dock Road", "NB2 2AA"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(
                "BasicCompanyData-2026-11-01-part2_2.csv",
                RegisterFiles.csv(
                        List.of(new Company("NORTHSIDE TAXIS LIMITED", "09876543").address("9 Dock Road", "NB2 2AA"))));
        Path part2 = RegisterFiles.writeZip(dir.resolve("BasicCompanyData-2026-11-01-part2_2.zip"), entries);

        RegisterCheck check =
                lookUp(List.of(part1, part2), supplier("Acme Cleaning", null), supplier("Northside Taxis", null));

        assertMatched(check.matches().get(0), "01234567", "ACME CLEANING LIMITED", MatchBasis.NAME);
        assertMatched(check.matches().get(1), "09876543", "NORTHSIDE TAXIS LIMITED", MatchBasis.NAME);
        assertEquals(3, check.companiesRead());
        assertEquals(3, check.matches().get(1).company().companiesAtAddress(), "addresses counted over every part");
    }

    @Test
    void readsAHeaderWithAByteOrderMark() throws Exception {
        String csv = "\uFEFF" + RegisterFiles.csv(List.of(new Company("ACME CLEANING LIMITED", "01234567")));
        Path file = Files.writeString(dir.resolve("companies.csv"), csv, StandardCharsets.UTF_8);

        RegisterCheck check = lookUp(List.of(file), supplier("Acme Cleaning", null));

        assertMatched(check.matches().get(0), "01234567", "ACME CLEANING LIMITED", MatchBasis.NAME);
    }

    @Test
    void readsAQuotedHeaderWithAByteOrderMark() throws Exception {
        // As a spreadsheet saves the file again: every header quoted, a byte-order mark before the first.
        String csv = RegisterFiles.csv(List.of(new Company("ACME CLEANING LIMITED", "01234567")));
        String header = csv.substring(0, csv.indexOf('\r'));
        StringBuilder quoted = new StringBuilder("\uFEFF");
        for (String name : header.split(",", -1)) {
            quoted.append(quoted.length() > 1 ? "," : "")
                    .append('"')
                    .append(name)
                    .append('"');
        }
        Path file = Files.writeString(
                dir.resolve("companies.csv"), quoted + csv.substring(csv.indexOf('\r')), StandardCharsets.UTF_8);

        RegisterCheck check = lookUp(List.of(file), supplier("Acme Cleaning", null));

        assertMatched(check.matches().get(0), "01234567", "ACME CLEANING LIMITED", MatchBasis.NAME);
    }

    @Test
    void refusesAFileWithoutACompanyNumberColumnSayingWhere() throws Exception {
        Path file = Files.writeString(
                dir.resolve("suppliers.csv"), "CompanyName,Number\r\n\"ACME CLEANING LIMITED\",\"01234567\"\r\n");

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lookUp(List.of(file), supplier("Acme Cleaning", null)));

        Problem problem = e.problems().get(0);
        assertEquals(file + ":1", problem.location());
        assertEquals(
                "not Companies House Basic Company Data: no CompanyNumber column in the header", problem.message());
    }

    @Test
    void refusesMalformedCsvWithItsLine() throws Exception {
        String good = RegisterFiles.csv(List.of(
                new Company("ACME CLEANING LIMITED", "01234567"), new Company("SHELL ONE LIMITED", "01234568")));
        List<String> bad = new ArrayList<>(new Company("BROKEN LIMITED", "01234569").values());
        Path file = Files.writeString(
                dir.resolve("companies.csv"),
                good + "\"BROKEN LIMITED\"x,\"01234569\"," + String.join(",", bad.subList(2, bad.size())) + "\r\n",
                StandardCharsets.UTF_8);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lookUp(List.of(file), supplier("Acme Cleaning", null)));

        Problem problem = e.problems().get(0);
        assertEquals(file + ":4", problem.location());
        assertTrue(problem.message().startsWith("not readable as CSV: "), problem.message());
    }

    @Test
    void refusesMalformedCsvInsideAZipNamingTheEntry() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("part1.csv", RegisterFiles.HEADER + "\r\n\"ACME \"CLEANING\" LIMITED\"oops,\"01234567\"\r\n");
        Path zip = RegisterFiles.writeZip(dir.resolve("companies.zip"), entries);

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lookUp(List.of(zip), supplier("Acme Cleaning", null)));

        assertEquals(zip + "!part1.csv:2", e.problems().get(0).location());
    }

    @Test
    void refusesAZipWithoutACsv() throws Exception {
        Path zip = RegisterFiles.writeZip(dir.resolve("companies.zip"), Map.of("readme.txt", "hello"));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lookUp(List.of(zip), supplier("Acme Cleaning", null)));

        assertEquals(zip.toString(), e.problems().get(0).location());
    }

    @Test
    void refusesThePscSnapshotGivenAsBasicCompanyDataSayingWhatItIs() throws Exception {
        Path file = RegisterFiles.writeLines(
                dir.resolve("persons-with-significant-control-snapshot-2026-11-01.txt"),
                person("01234567", "Darren", "Kelso", 5, 1979, null),
                totals(1, 0));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lookUp(List.of(file), supplier("Acme Cleaning", null)));

        Problem problem = e.problems().get(0);
        assertEquals(file + ":1", problem.location());
        assertTrue(problem.message().contains("people with significant control"), problem.message());
        assertTrue(problem.message().contains("--psc"), problem.message());
    }

    @Test
    void refusesAZippedPscSnapshotGivenAsBasicCompanyDataSayingWhatItIs() throws Exception {
        Path zip = RegisterFiles.writeZip(
                dir.resolve("psc-snapshot-2026-11-01.zip"),
                Map.of("psc-snapshot-2026-11-01_1of1.txt", person("01234567", "Darren", "Kelso", 5, 1979, null)));

        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lookUp(List.of(zip), supplier("Acme Cleaning", null)));

        assertEquals(zip.toString(), e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains("--psc"), e.problems().toString());
    }

    @Test
    void refusesAMissingFileAsAnInputProblem() {
        Path missing = dir.resolve("BasicCompanyData-2026-11-01.csv");

        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> lookUp(List.of(missing), supplier("Acme Cleaning", null)));

        assertEquals(missing.toString(), e.problems().get(0).location());
        assertTrue(
                e.problems().get(0).message().contains("not found"),
                e.problems().toString());
    }

    @Test
    void takesTheSnapshotDateFromTheFileName() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("BasicCompanyData-2026-11-01-part1_7.csv"),
                new Company("ACME CLEANING LIMITED", "01234567").set("ConfStmtLastMadeUpDate", "14/09/2026"));

        RegisterCheck check = lookUp(List.of(file), supplier("Acme Cleaning", null));

        assertEquals(LocalDate.of(2026, 11, 1), check.snapshotDate());
        assertEquals("the date in the file name BasicCompanyData-2026-11-01-part1_7.csv", check.snapshotDateBasis());
    }

    @Test
    void withoutADateInTheNameTakesTheSnapshotDateFromTheLatestFiling() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("companies.csv"),
                new Company("ACME CLEANING LIMITED", "01234567")
                        .set("Accounts.LastMadeUpDate", "31/03/2026")
                        .set("ConfStmtLastMadeUpDate", "01/02/2025"),
                // Not a supplier, yet its filings date the snapshot too.
                new Company("SOMEONE ELSE LIMITED", "07777777")
                        .set("Accounts.LastMadeUpDate", "30/06/2025")
                        .set("ConfStmtLastMadeUpDate", "14/09/2026")
                        .set("Accounts.NextDueDate", "31/12/2099"));

        RegisterCheck check = lookUp(List.of(file), supplier("Acme Cleaning", null));

        assertEquals(LocalDate.of(2026, 9, 14), check.snapshotDate());
        assertEquals("the latest filing in the file (its name has no date)", check.snapshotDateBasis());
    }

    // --- people with significant control -------------------------------------------------------------

    @Test
    void pscReaderKeepsOnlyTheWantedCompaniesWithCeasedControllersAndStatements() throws Exception {
        Path file = RegisterFiles.writeLines(
                dir.resolve("persons-with-significant-control-snapshot-2026-11-01.txt"),
                person("01234567", "Darren", "Kelso", 5, 1979, null),
                person("09999999", "Other", "Person", 1, 1970, null),
                person("01234567", "Lee", "Marsh", 11, 1982, "2024-03-31"),
                corporate("01234567", "KELSO HOLDINGS LIMITED"),
                statement("SC654321", "psc-details-not-confirmed"),
                statement("09999999", "no-individual-or-entity-with-signficant-control"),
                totals(4, 2));
        PscReader reader = new PscReader(Set.of("01234567", "SC654321"), n -> {});

        reader.read(file);

        assertEquals(7, reader.lines());
        assertEquals(Set.of("01234567", "SC654321"), reader.found().keySet());
        List<ControllingPerson> acme = reader.found().get("01234567");
        assertEquals(3, acme.size());
        ControllingPerson kelso = acme.get(0);
        assertEquals(ControllingPerson.Kind.INDIVIDUAL, kelso.kind());
        assertEquals("Darren Kelso", kelso.name(), "the name from its parts, without the title");
        assertEquals(5, kelso.birthMonth());
        assertEquals(1979, kelso.birthYear());
        assertEquals("05/1979", kelso.birth());
        assertEquals(
                List.of("ownership-of-shares-75-to-100-percent", "voting-rights-75-to-100-percent"),
                kelso.naturesOfControl());
        assertEquals(LocalDate.of(2019, 4, 6), kelso.notifiedOn());
        assertTrue(kelso.current());
        ControllingPerson ceased = acme.get(1);
        assertEquals("Lee Marsh", ceased.name());
        assertEquals(LocalDate.of(2024, 3, 31), ceased.ceasedOn());
        assertFalse(ceased.current());
        ControllingPerson group = acme.get(2);
        assertEquals(ControllingPerson.Kind.CORPORATE, group.kind());
        assertEquals("KELSO HOLDINGS LIMITED", group.name());
        assertEquals("", group.birth());
        ControllingPerson said = reader.found().get("SC654321").get(0);
        assertEquals(ControllingPerson.Kind.STATEMENT, said.kind());
        assertEquals("psc-details-not-confirmed", said.statement());
        assertEquals("", said.name());
        assertEquals(LocalDate.of(2020, 7, 1), said.notifiedOn());
    }

    @Test
    void pscReaderRefusesInvalidJsonWithItsLine() throws Exception {
        Path file = RegisterFiles.writeLines(
                dir.resolve("psc.txt"),
                person("01234567", "Darren", "Kelso", 5, 1979, null),
                person("09999999", "Other", "Person", 1, 1970, null),
                "{\"company_number\":\"01234567\",\"data\":{\"kind\":\"individual-person-with-significant-control\",",
                totals(2, 0));
        PscReader reader = new PscReader(Set.of("01234567"), n -> {});

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));

        Problem problem = e.problems().get(0);
        assertTrue(problem.location().startsWith(file + ":3"), problem.toString());
        assertTrue(problem.message().startsWith("not valid JSON"), problem.toString());
    }

    @Test
    void pscReaderRefusesAFileThatIsNotJsonLines() throws Exception {
        Path file = Files.writeString(dir.resolve("psc.csv"), "company_number,name\n01234567,Darren Kelso\n");
        PscReader reader = new PscReader(Set.of("01234567"), n -> {});

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));

        assertEquals(file + ":1:1", e.problems().get(0).location());
    }

    @Test
    void pscReaderRefusesAnEmptyFileRatherThanFindNoControllers() throws Exception {
        // A failed download: with nothing read, "no controller flags" would look like a clean result.
        Path file = Files.writeString(dir.resolve("persons-with-significant-control-snapshot-2026-11-01.txt"), "");
        PscReader reader = new PscReader(Set.of("01234567"), n -> {});

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(file));

        assertEquals(file.toString(), e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains("empty"), e.problems().toString());
    }

    @Test
    void pscReaderRefusesAZipHoldingNoFile() throws Exception {
        Path zip = dir.resolve("psc-snapshot-2026-11-01.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("psc/"));
            out.closeEntry();
        }
        PscReader reader = new PscReader(Set.of("01234567"), n -> {});

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(zip));

        assertEquals(zip.toString(), e.problems().get(0).location());
    }

    @Test
    void pscReaderReadsAFileThatStartsWithAByteOrderMark() throws Exception {
        Path file = Files.writeString(
                dir.resolve("psc.txt"),
                "\uFEFF" + person("01234567", "Darren", "Kelso", 5, 1979, null) + "\n" + totals(1, 0) + "\n",
                StandardCharsets.UTF_8);
        PscReader reader = new PscReader(Set.of("01234567"), n -> {});

        reader.read(file);

        assertEquals("Darren Kelso", reader.found().get("01234567").get(0).name());
    }

    @Test
    void looksUpTheControllersOfMatchedCompaniesFromAZippedSnapshot() throws Exception {
        Path companies = RegisterFiles.writeCsv(
                dir.resolve("BasicCompanyData-2026-11-01.csv"),
                new Company("ACME CLEANING LIMITED", "01234567"),
                new Company("CALEDONIAN CABS LIMITED", "SC123456"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(
                "psc-snapshot-2026-11-01_1of1.txt",
                String.join(
                        "\n",
                        person("01234567", "Darren", "Kelso", 5, 1979, null),
                        person("SC123456", "Fiona", "Baird", 2, 1968, null),
                        person("07777777", "Not", "Wanted", 1, 1970, null),
                        totals(3, 0)));
        Path psc = RegisterFiles.writeZip(dir.resolve("psc-snapshot-2026-11-01.zip"), entries);

        RegisterCheck check = new CompaniesHouseLookup(List.of(companies), psc, progress::add)
                .lookUp(List.of(supplier("Acme Cleaning", null), supplier("Someone Unknown", null)));

        assertTrue(check.pscGiven());
        assertEquals(4, check.pscEntriesRead());
        List<ControllingPerson> controllers = check.matches().get(0).controllers();
        assertEquals(
                List.of("Darren Kelso"),
                controllers.stream().map(ControllingPerson::name).toList());
        assertEquals(List.of(), check.matches().get(1).controllers());
    }

    @Test
    void refusesAFileWithAHeaderAndNoCompanies() throws Exception {
        Path file = dir.resolve("BasicCompanyData-2026-11-01.csv");
        RegisterFiles.writeCsv(file);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> lookUp(List.of(file), supplier("ANY LTD", "01234567")));
        assertEquals(file + ":2", e.problems().get(0).location());
        assertTrue(
                e.problems().get(0).message().contains("no companies"),
                e.problems().get(0).message());
    }

    @Test
    void oneAddressWrittenWithTwoTownsIsOneAddressForTheCountAndItsId() throws Exception {
        Path file = RegisterFiles.writeCsv(
                dir.resolve("BasicCompanyData-2026-11-01.csv"),
                new RegisterFiles.Company("FIRST SHARED LIMITED", "00000101")
                        .address("Unit 4, Canal Wharf", "NB1 4QT")
                        .set("RegAddress.PostTown", "Northbridge"),
                new RegisterFiles.Company("SECOND SHARED LIMITED", "00000102")
                        .address("UNIT 4 CANAL WHARF", "nb1 4qt")
                        .set("RegAddress.PostTown", "NORTHBRIDGE TOWN"));
        RegisterCheck check =
                lookUp(List.of(file), supplier("First Shared Ltd", null), supplier("Second Shared Ltd", null));
        RegisteredCompany first = check.matches().get(0).company();
        RegisteredCompany second = check.matches().get(1).company();
        assertEquals(2, first.companiesAtAddress());
        assertEquals(2, second.companiesAtAddress());
        assertEquals(first.addressId(), second.addressId());
        assertTrue(first.addressId() != 0);
    }

    // --- helpers ------------------------------------------------------------------------------

    private RegisterCheck lookUp(List<Path> files, SupplierProfile... suppliers) throws Exception {
        return new CompaniesHouseLookup(files, List.of(), progress::add).lookUp(List.of(suppliers));
    }

    private static String number(String raw) {
        return CompanyNumbers.normalise(raw).orElseThrow();
    }

    static SupplierProfile supplier(String name, String companyNumber) {
        return new SupplierProfile(
                name,
                List.of(),
                companyNumber,
                null,
                List.of(),
                List.of(),
                100_000,
                1,
                FIRST,
                FIRST,
                List.of(),
                List.of());
    }

    private static void assertMatched(CompanyMatch match, String number, String name, MatchBasis basis) {
        assertTrue(match.matched(), "not matched: " + match.note());
        assertEquals(number, match.company().number(), match.toString());
        assertEquals(name, match.company().name());
        assertEquals(basis, match.matchedBy());
    }
}
