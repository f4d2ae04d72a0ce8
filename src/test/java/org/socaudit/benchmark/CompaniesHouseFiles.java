package org.socaudit.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes synthetic Companies House bulk files in the layouts Companies House publishes, for the tests
 * and the benchmark of the {@code --companies} and {@code --psc} options (issue 18). No real company
 * or person is in anything this class writes.
 *
 * <p><b>Basic Company Data</b> ("Free Company Data Product", {@code BasicCompanyDataAsOneFile-*.csv}).
 * What was checked, and where: the header line was confirmed character for character against three
 * independent public copies of the real file's first lines (the Companies House bulk-data guide in
 * mrbrianevans/ch-guide, {@code pages/bulk-data/datasets/companies.md}; a sample pasted from
 * {@code BasicCompanyDataAsOneFile-2021-07-01.csv} into a loader script of the same author; and the
 * README example of a csv2db tool). All three agree that:
 *
 * <ul>
 *   <li>the header line is <em>not</em> quoted, while every cell of every data row is, empty cells
 *       included ({@code ""}); numbers too ({@code "0"}, {@code "29"});
 *   <li>leading spaces sit on exactly these header names: {@code " CompanyNumber"},
 *       {@code " RegAddress.AddressLine2"}, {@code " PreviousName_1.CompanyName"},
 *       {@code " PreviousName_2.CONDATE"}, every {@code " PreviousName_N.CompanyName"} and
 *       {@code " ConfStmtLastMadeUpDate"}. {@code PreviousName_1.CONDATE} and
 *       {@code PreviousName_3.CONDATE} to {@code PreviousName_10.CONDATE} and
 *       {@code ConfStmtNextDueDate} have none. (The sketch put a space before every
 *       previous-name header; the real file does not, and this class follows the real file.)
 *   <li>dates are {@code dd/MM/yyyy}; {@code Accounts.AccountRefMonth} is not zero-padded
 *       ({@code "7"}); the URI is {@code http://business.data.gov.uk/id/company/NUMBER}; a company
 *       with no SIC code has {@code "None Supplied"} in {@code SicText_1}; a company incorporated
 *       after the 2016 change to confirmation statements has a {@code Returns.NextDueDate} of its
 *       first anniversary plus 28 days and an empty {@code Returns.LastMadeUpDate}.
 * </ul>
 *
 * Not confirmed: the line ending. No public copy found shows whether the real file ends its lines
 * with CRLF or LF, so this class writes LF ({@code "\n"}); a reader should accept both. The real
 * file is sorted by company name; the benchmark file written by {@link #main} is not.
 *
 * <p><b>People with significant control snapshot</b> ({@code
 * persons-with-significant-control-snapshot-*.txt}): JSON lines, one object per line, compact,
 * {@code {"company_number":...,"data":{...}}}. The field names of the individual, corporate-entity and
 * statement records, the {@code links.self} paths and the totals line
 * ({@code kind "totals#persons-of-significant-control-snapshot"} with
 * {@code persons_of_significant_control_count}, {@code statements_count}, {@code exemptions_count} and
 * {@code generated_at}) follow the JSON schemas of the bulk file in mrbrianevans's
 * companies-house-database-manager and several public importers that switch on those kinds; the
 * statement value {@code no-individual-or-entity-with-signficant-control} keeps Companies House's own
 * misspelling. A published analysis of a 2026 snapshot reports that real files carry their statements
 * together at the end, before the totals line, which {@link #main} copies. Not confirmed: the order of
 * keys inside {@code data} (written here in alphabetical order, as the samples show) and whether the
 * real file ends with a newline (written here with one). Not written: the rarer kinds
 * ({@code legal-person-...}, {@code super-secure-...}, {@code exemptions}, beneficial owners of
 * overseas entities), {@code identity_verification_details} and a corporate PSC's
 * {@code identification.registration_number}.
 */
public final class CompaniesHouseFiles {

    /** The snapshot date that the defaults of {@link Company#of} are relative to. */
    public static final LocalDate SNAPSHOT = LocalDate.of(2026, 11, 1);

    /** The header line of Basic Company Data, exactly as the real file writes it (unquoted). */
    public static final List<String> BASIC_COMPANY_DATA_HEADER = basicCompanyDataHeader();

    public static final String INDIVIDUAL_KIND = "individual-person-with-significant-control";
    public static final String CORPORATE_KIND = "corporate-entity-person-with-significant-control";
    public static final String STATEMENT_KIND = "persons-with-significant-control-statement";
    public static final String TOTALS_KIND = "totals#persons-of-significant-control-snapshot";
    /** Companies House's own spelling, "signficant", as the real files and API carry it. */
    public static final String NO_REGISTRABLE_PERSON = "no-individual-or-entity-with-signficant-control";

    public static final String PSC_DETAILS_NOT_CONFIRMED = "psc-details-not-confirmed";

    private static final String URI_PREFIX = "http://business.data.gov.uk/id/company/";

    private CompaniesHouseFiles() {}

    /**
     * One row of Basic Company Data, every field as the published file writes it (text; dates
     * dd/MM/yyyy; "" for empty). {@code null} strings are taken as "". The columns this record does
     * not carry are derived when the row is written: the accounting reference day and month (from
     * the last accounts made up to, else the end of the incorporation month), the returns dates (from
     * the incorporation date), the mortgage counts (from the company number, about one company in
     * eight with charges), the limited-partnership counts ("0") and the URI.
     */
    public record Company(
            String name,
            String number,
            String careOf,
            String poBox,
            String addressLine1,
            String addressLine2,
            String postTown,
            String county,
            String country,
            String postCode,
            String category,
            String status,
            String countryOfOrigin,
            String dissolutionDate,
            String incorporationDate,
            String accountsNextDueDate,
            String accountsLastMadeUpDate,
            String accountsCategory,
            String confStmtNextDueDate,
            String confStmtLastMadeUpDate,
            List<String> sicTexts,
            List<PreviousName> previousNames) {

        public Company {
            name = orEmpty(name);
            number = orEmpty(number);
            careOf = orEmpty(careOf);
            poBox = orEmpty(poBox);
            addressLine1 = orEmpty(addressLine1);
            addressLine2 = orEmpty(addressLine2);
            postTown = orEmpty(postTown);
            county = orEmpty(county);
            country = orEmpty(country);
            postCode = orEmpty(postCode);
            category = orEmpty(category);
            status = orEmpty(status);
            countryOfOrigin = orEmpty(countryOfOrigin);
            dissolutionDate = orEmpty(dissolutionDate);
            incorporationDate = orEmpty(incorporationDate);
            accountsNextDueDate = orEmpty(accountsNextDueDate);
            accountsLastMadeUpDate = orEmpty(accountsLastMadeUpDate);
            accountsCategory = orEmpty(accountsCategory);
            confStmtNextDueDate = orEmpty(confStmtNextDueDate);
            confStmtLastMadeUpDate = orEmpty(confStmtLastMadeUpDate);
            sicTexts = sicTexts == null ? List.of() : List.copyOf(sicTexts);
            previousNames = previousNames == null ? List.of() : List.copyOf(previousNames);
            if (sicTexts.size() > 4) {
                throw new IllegalArgumentException("at most 4 SIC codes, got " + sicTexts.size());
            }
            if (previousNames.size() > 10) {
                throw new IllegalArgumentException("at most 10 previous names, got " + previousNames.size());
            }
        }

        /**
         * A live private limited company: category "Private Limited Company", status "Active",
         * country of origin "United Kingdom", country "UNITED KINGDOM", accounts category "TOTAL
         * EXEMPTION FULL" (kept even while the first accounts are not yet due, so that a test sees no
         * "NO ACCOUNTS FILED" it did not ask for), and filing dates as a company that has filed
         * everything on time would have at {@link #SNAPSHOT} 2026-11-01: accounting reference date
         * the end of its incorporation month, first accounts due 21 months after incorporation and
         * later ones 9 months after each reference date, a confirmation statement made up to each
         * anniversary of incorporation and due 14 days after the next one. Every due date is after
         * the snapshot. No SIC text gives "None Supplied" in the file.
         *
         * @param incorporationDate dd/MM/yyyy
         */
        public static Company of(
                String name,
                String number,
                String addressLine1,
                String postTown,
                String postCode,
                String incorporationDate,
                String... sicTexts) {
            LocalDate incorporated = parseDate(incorporationDate);
            Filings filings = Filings.onTime(incorporated, SNAPSHOT);
            return new Company(
                    name,
                    number,
                    "",
                    "",
                    addressLine1,
                    "",
                    postTown,
                    "",
                    "UNITED KINGDOM",
                    postCode,
                    "Private Limited Company",
                    "Active",
                    "United Kingdom",
                    "",
                    incorporationDate,
                    filings.accountsNextDue(),
                    filings.accountsLastMadeUp(),
                    "TOTAL EXEMPTION FULL",
                    filings.confStmtNextDue(),
                    filings.confStmtLastMadeUp(),
                    Arrays.asList(sicTexts),
                    List.of());
        }

        public Company withStatus(String status) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        public Company withAccountsCategory(String accountsCategory) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        public Company withAccountsNextDueDate(String accountsNextDueDate) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        public Company withConfStmtNextDueDate(String confStmtNextDueDate) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        public Company withAccountsLastMadeUpDate(String accountsLastMadeUpDate) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        public Company withConfStmtLastMadeUpDate(String confStmtLastMadeUpDate) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        /** The names in the order of the file's columns: PreviousName_1 first (the most recent). */
        public Company withPreviousNames(PreviousName... previousNames) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    List.of(previousNames));
        }

        /** A new registered office; the second address line is cleared. */
        public Company withAddress(String addressLine1, String postTown, String postCode) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    "",
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        public Company withCareOf(String careOf) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }

        /** A new incorporation date; the filing dates are recomputed as {@link #of} would. */
        public Company withIncorporationDate(String incorporationDate) {
            Filings filings = Filings.onTime(parseDate(incorporationDate), SNAPSHOT);
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    filings.accountsNextDue(),
                    filings.accountsLastMadeUp(),
                    accountsCategory,
                    filings.confStmtNextDue(),
                    filings.confStmtLastMadeUp(),
                    sicTexts,
                    previousNames);
        }

        public Company withCategory(String category) {
            return new Company(
                    name,
                    number,
                    careOf,
                    poBox,
                    addressLine1,
                    addressLine2,
                    postTown,
                    county,
                    country,
                    postCode,
                    category,
                    status,
                    countryOfOrigin,
                    dissolutionDate,
                    incorporationDate,
                    accountsNextDueDate,
                    accountsLastMadeUpDate,
                    accountsCategory,
                    confStmtNextDueDate,
                    confStmtLastMadeUpDate,
                    sicTexts,
                    previousNames);
        }
    }

    /** A former name and the date it stopped being used (CONDATE, dd/MM/yyyy). */
    public record PreviousName(String changeDate, String name) {
        public PreviousName {
            changeDate = orEmpty(changeDate);
            name = orEmpty(name);
        }
    }

    /**
     * One line of the PSC snapshot: a person, a corporate entity, or a statement. For a person, a
     * title or middle names are given through {@code name}: when it reads "Mrs Jane Ann Doe" with
     * forename "Jane" and surname "Doe", the line gets {@code "title":"Mrs"} and
     * {@code "middle_name":"Ann"} in {@code name_elements}. The service address, etag and the id in
     * {@code links.self} are made up from the record's fields when the line is written, so the same
     * record always gives the same line.
     */
    public record Psc(
            String companyNumber,
            String kind,
            String name,
            String forename,
            String surname,
            Integer birthMonth,
            Integer birthYear,
            String nationality,
            String countryOfResidence,
            List<String> naturesOfControl,
            String notifiedOn,
            String ceasedOn,
            String statement) {

        public Psc {
            Objects.requireNonNull(companyNumber, "companyNumber");
            Objects.requireNonNull(kind, "kind");
            naturesOfControl = naturesOfControl == null ? List.of() : List.copyOf(naturesOfControl);
        }

        /**
         * A person holding 75 to 100% of shares and votes and the right to appoint directors;
         * British, resident in England; named "forename surname" (no title).
         */
        public static Psc individual(
                String companyNumber,
                String forename,
                String surname,
                int birthMonth,
                int birthYear,
                String notifiedOn) {
            return new Psc(
                    companyNumber,
                    INDIVIDUAL_KIND,
                    forename + " " + surname,
                    forename,
                    surname,
                    birthMonth,
                    birthYear,
                    "British",
                    "England",
                    List.of(
                            "ownership-of-shares-75-to-100-percent",
                            "voting-rights-75-to-100-percent",
                            "right-to-appoint-and-remove-directors"),
                    notifiedOn,
                    null,
                    null);
        }

        /** A UK company holding 75 to 100% of shares and votes. */
        public static Psc corporate(String companyNumber, String name, String notifiedOn) {
            return new Psc(
                    companyNumber,
                    CORPORATE_KIND,
                    name,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of("ownership-of-shares-75-to-100-percent", "voting-rights-75-to-100-percent"),
                    notifiedOn,
                    null,
                    null);
        }

        /**
         * A statement such as {@link #NO_REGISTRABLE_PERSON} or {@link #PSC_DETAILS_NOT_CONFIRMED}.
         */
        public static Psc statement(String companyNumber, String statement, String notifiedOn) {
            return new Psc(
                    companyNumber,
                    STATEMENT_KIND,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    notifiedOn,
                    null,
                    statement);
        }

        /** The same, ceased on the given date (yyyy-MM-dd). */
        public Psc ceased(String ceasedOn) {
            return new Psc(
                    companyNumber,
                    kind,
                    name,
                    forename,
                    surname,
                    birthMonth,
                    birthYear,
                    nationality,
                    countryOfResidence,
                    naturesOfControl,
                    notifiedOn,
                    ceasedOn,
                    statement);
        }

        /** A copy with other nationality and country of residence. */
        public Psc withNationality(String nationality, String countryOfResidence) {
            return new Psc(
                    companyNumber,
                    kind,
                    name,
                    forename,
                    surname,
                    birthMonth,
                    birthYear,
                    nationality,
                    countryOfResidence,
                    naturesOfControl,
                    notifiedOn,
                    ceasedOn,
                    statement);
        }

        /** A copy with another displayed name (for example with a title: "Mr John Smith"). */
        public Psc withName(String name) {
            return new Psc(
                    companyNumber,
                    kind,
                    name,
                    forename,
                    surname,
                    birthMonth,
                    birthYear,
                    nationality,
                    countryOfResidence,
                    naturesOfControl,
                    notifiedOn,
                    ceasedOn,
                    statement);
        }

        /** A copy with other natures of control. */
        public Psc withNaturesOfControl(String... naturesOfControl) {
            return new Psc(
                    companyNumber,
                    kind,
                    name,
                    forename,
                    surname,
                    birthMonth,
                    birthYear,
                    nationality,
                    countryOfResidence,
                    List.of(naturesOfControl),
                    notifiedOn,
                    ceasedOn,
                    statement);
        }
    }

    // ---------------------------------------------------------------- Basic Company Data

    /** Writes the rows as a plain Basic Company Data CSV (UTF-8, LF line ends, see the class comment). */
    public static void writeBasicCompanyData(Path file, Iterable<Company> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeBasicCompanyData(out, rows);
        }
    }

    /**
     * Writes a zip holding one CSV named as Companies House names it: the zip's own name with
     * {@code .csv} for {@code .zip} when it starts with "BasicCompanyData", otherwise
     * {@code BasicCompanyDataAsOneFile-2026-11-01.csv}.
     */
    public static void writeBasicCompanyDataZip(Path zip, Iterable<Company> rows) throws IOException {
        String entry = entryName(zip, "BasicCompanyData", "BasicCompanyDataAsOneFile-" + SNAPSHOT + ".csv", ".csv");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            writeBasicCompanyData(nonClosing(out), rows);
            out.closeEntry();
        }
    }

    static void writeBasicCompanyData(OutputStream out, Iterable<Company> rows) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // The real header is not quoted, unlike every data cell: it goes out as a line of its own.
        writer.write(String.join(",", BASIC_COMPANY_DATA_HEADER));
        writer.write('\n');
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\n")
                .get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        String[] cells = new String[BASIC_COMPANY_DATA_HEADER.size()];
        for (Company row : rows) {
            fillCells(row, cells);
            printer.printRecord((Object[]) cells);
        }
        printer.flush();
    }

    private static void fillCells(Company c, String[] cells) {
        int i = 0;
        cells[i++] = c.name();
        cells[i++] = c.number();
        cells[i++] = c.careOf();
        cells[i++] = c.poBox();
        cells[i++] = c.addressLine1();
        cells[i++] = c.addressLine2();
        cells[i++] = c.postTown();
        cells[i++] = c.county();
        cells[i++] = c.country();
        cells[i++] = c.postCode();
        cells[i++] = c.category();
        cells[i++] = c.status();
        cells[i++] = c.countryOfOrigin();
        cells[i++] = c.dissolutionDate();
        cells[i++] = c.incorporationDate();
        LocalDate incorporated = c.incorporationDate().isEmpty() ? null : parseDate(c.incorporationDate());
        // Accounting reference date: the day and month of the last accounts, else the end of the
        // incorporation month (the default Companies House gives a new company).
        if (!c.accountsLastMadeUpDate().isEmpty()) {
            LocalDate last = parseDate(c.accountsLastMadeUpDate());
            cells[i++] = Integer.toString(last.getDayOfMonth());
            cells[i++] = Integer.toString(last.getMonthValue());
        } else if (incorporated != null) {
            cells[i++] = Integer.toString(YearMonth.from(incorporated).lengthOfMonth());
            cells[i++] = Integer.toString(incorporated.getMonthValue());
        } else {
            cells[i++] = "";
            cells[i++] = "";
        }
        cells[i++] = c.accountsNextDueDate();
        cells[i++] = c.accountsLastMadeUpDate();
        cells[i++] = c.accountsCategory();
        // Annual returns ended on 30 June 2016: older companies keep their last one, newer ones show
        // a first return due a year and 28 days after incorporation that was never made.
        if (incorporated == null) {
            cells[i++] = "";
            cells[i++] = "";
        } else if (incorporated.isBefore(LAST_ANNUAL_RETURNS)) {
            LocalDate lastReturn = incorporated.withYear(2015);
            if (!lastReturn.plusYears(1).isAfter(LAST_ANNUAL_RETURNS)) {
                lastReturn = lastReturn.plusYears(1);
            }
            if (!lastReturn.isAfter(incorporated)) {
                lastReturn = null;
            }
            LocalDate base = lastReturn == null ? incorporated : lastReturn;
            cells[i++] = formatDate(base.plusYears(1).plusDays(28));
            cells[i++] = lastReturn == null ? "" : formatDate(lastReturn);
        } else {
            cells[i++] = formatDate(incorporated.plusYears(1).plusDays(28));
            cells[i++] = "";
        }
        int charges = mortgageCharges(c.number());
        int outstanding = charges == 0 ? 0 : 1 + (c.number().hashCode() >>> 8) % charges;
        cells[i++] = Integer.toString(charges);
        cells[i++] = Integer.toString(outstanding);
        cells[i++] = "0";
        cells[i++] = Integer.toString(charges - outstanding);
        for (int s = 0; s < 4; s++) {
            if (s < c.sicTexts().size()) {
                cells[i++] = c.sicTexts().get(s);
            } else {
                cells[i++] = s == 0 ? "None Supplied" : "";
            }
        }
        cells[i++] = "0";
        cells[i++] = "0";
        cells[i++] = URI_PREFIX + c.number();
        for (int p = 0; p < 10; p++) {
            if (p < c.previousNames().size()) {
                cells[i++] = c.previousNames().get(p).changeDate();
                cells[i++] = c.previousNames().get(p).name();
            } else {
                cells[i++] = "";
                cells[i++] = "";
            }
        }
        cells[i++] = c.confStmtNextDueDate();
        cells[i++] = c.confStmtLastMadeUpDate();
    }

    private static final LocalDate LAST_ANNUAL_RETURNS = LocalDate.of(2016, 6, 30);

    /** About one company in eight has registered charges, 1 to 3 of them. */
    private static int mortgageCharges(String number) {
        int h = number.hashCode() * 0x9E3779B1;
        return (h >>> 29) == 0 ? 1 + ((h >>> 16) & 0x3) % 3 : 0;
    }

    private static List<String> basicCompanyDataHeader() {
        List<String> header = new ArrayList<>(List.of(
                "CompanyName",
                " CompanyNumber",
                "RegAddress.CareOf",
                "RegAddress.POBox",
                "RegAddress.AddressLine1",
                " RegAddress.AddressLine2",
                "RegAddress.PostTown",
                "RegAddress.County",
                "RegAddress.Country",
                "RegAddress.PostCode",
                "CompanyCategory",
                "CompanyStatus",
                "CountryOfOrigin",
                "DissolutionDate",
                "IncorporationDate",
                "Accounts.AccountRefDay",
                "Accounts.AccountRefMonth",
                "Accounts.NextDueDate",
                "Accounts.LastMadeUpDate",
                "Accounts.AccountCategory",
                "Returns.NextDueDate",
                "Returns.LastMadeUpDate",
                "Mortgages.NumMortCharges",
                "Mortgages.NumMortOutstanding",
                "Mortgages.NumMortPartSatisfied",
                "Mortgages.NumMortSatisfied",
                "SICCode.SicText_1",
                "SICCode.SicText_2",
                "SICCode.SicText_3",
                "SICCode.SicText_4",
                "LimitedPartnerships.NumGenPartners",
                "LimitedPartnerships.NumLimPartners",
                "URI"));
        for (int n = 1; n <= 10; n++) {
            // Only PreviousName_2.CONDATE of the dates carries a space; every name does.
            header.add((n == 2 ? " " : "") + "PreviousName_" + n + ".CONDATE");
            header.add(" PreviousName_" + n + ".CompanyName");
        }
        header.add("ConfStmtNextDueDate");
        header.add(" ConfStmtLastMadeUpDate");
        return Collections.unmodifiableList(header);
    }

    // ---------------------------------------------------------------- PSC snapshot

    /** Writes the records as a PSC snapshot: one JSON object a line, then the totals line. */
    public static void writePsc(Path file, Iterable<Psc> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writePsc(out, rows);
        }
    }

    /**
     * Writes a zip holding one snapshot named as Companies House names it: the zip's own name with
     * {@code .txt} for {@code .zip} when it starts with "persons-with-significant-control" or
     * "psc-snapshot", otherwise {@code persons-with-significant-control-snapshot-2026-11-01.txt}.
     */
    public static void writePscZip(Path zip, Iterable<Psc> rows) throws IOException {
        String fallback = "persons-with-significant-control-snapshot-" + SNAPSHOT + ".txt";
        String name = zip.getFileName().toString();
        String entry = name.startsWith("psc-snapshot")
                ? entryName(zip, "psc-snapshot", fallback, ".txt")
                : entryName(zip, "persons-with-significant-control", fallback, ".txt");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            writePsc(nonClosing(out), rows);
            out.closeEntry();
        }
    }

    static void writePsc(OutputStream out, Iterable<Psc> rows) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        JsonFactory factory = JsonFactory.builder().build();
        JsonGenerator json = factory.createGenerator(writer);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        long persons = 0;
        long statements = 0;
        for (Psc psc : rows) {
            writePscLine(json, psc);
            if (STATEMENT_KIND.equals(psc.kind())) {
                statements++;
            } else {
                persons++;
            }
        }
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("kind", TOTALS_KIND);
        json.writeNumberField("persons_of_significant_control_count", persons);
        json.writeNumberField("statements_count", statements);
        json.writeNumberField("exemptions_count", 0);
        json.writeStringField("generated_at", SNAPSHOT + "T03:12:45Z");
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        writer.flush();
    }

    private static void writePscLine(JsonGenerator json, Psc psc) throws IOException {
        long seed = mix(psc.companyNumber().hashCode() * 31L
                + Objects.hashCode(psc.name()) * 17L
                + Objects.hashCode(psc.statement())
                + Objects.hashCode(psc.notifiedOn()) * 7L
                + Objects.hashCode(psc.ceasedOn()) * 131L);
        json.writeStartObject();
        json.writeStringField("company_number", psc.companyNumber());
        json.writeObjectFieldStart("data");
        boolean statement = STATEMENT_KIND.equals(psc.kind());
        boolean individual = INDIVIDUAL_KIND.equals(psc.kind());
        if (!statement) {
            writeAddress(json, seed);
        }
        if (psc.ceasedOn() != null) {
            json.writeStringField("ceased_on", psc.ceasedOn());
        }
        if (individual && psc.countryOfResidence() != null) {
            json.writeStringField("country_of_residence", psc.countryOfResidence());
        }
        if (psc.birthMonth() != null && psc.birthYear() != null) {
            json.writeObjectFieldStart("date_of_birth");
            json.writeNumberField("month", psc.birthMonth());
            json.writeNumberField("year", psc.birthYear());
            json.writeEndObject();
        }
        json.writeStringField("etag", hex(seed, 40));
        if (CORPORATE_KIND.equals(psc.kind())) {
            json.writeObjectFieldStart("identification");
            json.writeStringField("country_registered", "England");
            json.writeStringField("legal_authority", "Companies Act 2006");
            json.writeStringField("legal_form", "Private Limited Company");
            json.writeStringField("place_registered", "Register Of Companies For England And Wales");
            json.writeEndObject();
        }
        json.writeStringField("kind", psc.kind());
        json.writeObjectFieldStart("links");
        json.writeStringField("self", selfLink(psc, seed));
        json.writeEndObject();
        if (psc.name() != null) {
            json.writeStringField("name", psc.name());
        }
        if (individual) {
            writeNameElements(json, psc);
        }
        if (individual && psc.nationality() != null) {
            json.writeStringField("nationality", psc.nationality());
        }
        if (!statement) {
            json.writeArrayFieldStart("natures_of_control");
            for (String nature : psc.naturesOfControl()) {
                json.writeString(nature);
            }
            json.writeEndArray();
        }
        if (psc.notifiedOn() != null) {
            json.writeStringField("notified_on", psc.notifiedOn());
        }
        if (statement && psc.statement() != null) {
            json.writeStringField("statement", psc.statement());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static final List<String> TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Prof");

    private static void writeNameElements(JsonGenerator json, Psc psc) throws IOException {
        json.writeObjectFieldStart("name_elements");
        String forename = psc.forename() == null ? "" : psc.forename();
        String surname = psc.surname() == null ? "" : psc.surname();
        String rest = psc.name() == null ? "" : psc.name().strip();
        String title = null;
        int space = rest.indexOf(' ');
        if (space > 0 && TITLES.contains(rest.substring(0, space)) && !rest.startsWith(forename + " ")) {
            title = rest.substring(0, space);
            rest = rest.substring(space + 1);
        }
        String middle = null;
        if (rest.startsWith(forename + " ") && rest.endsWith(" " + surname)) {
            String between = rest.substring(forename.length(), rest.length() - surname.length())
                    .strip();
            middle = between.isEmpty() ? null : between;
        }
        json.writeStringField("forename", forename);
        if (middle != null) {
            json.writeStringField("middle_name", middle);
        }
        json.writeStringField("surname", surname);
        if (title != null) {
            json.writeStringField("title", title);
        }
        json.writeEndObject();
    }

    private static final String[] STREETS = {
        "HIGH STREET",
        "STATION ROAD",
        "CHURCH LANE",
        "MILL ROAD",
        "PARK AVENUE",
        "VICTORIA ROAD",
        "THE GREEN",
        "MANOR WAY",
        "KINGS ROAD",
        "QUEENS DRIVE",
        "LONDON ROAD",
        "GEORGE STREET"
    };
    private static final String[][] LOCALITIES = {
        {"London", "SE1 7TP", "England"},
        {"Manchester", "M4 5JD", "England"},
        {"Birmingham", "B3 2PW", "England"},
        {"Leeds", "LS1 4DY", "England"},
        {"Bristol", "BS1 6QH", "England"},
        {"Glasgow", "G2 1DY", "Scotland"},
        {"Cardiff", "CF10 2EQ", "Wales"},
        {"Belfast", "BT1 5GS", "Northern Ireland"},
        {"Sheffield", "S1 2GU", "England"},
        {"Nottingham", "NG1 5FS", "England"},
        {"Leicester", "LE1 6RT", "England"},
        {"Reading", "RG1 1AF", "England"}
    };

    private static void writeAddress(JsonGenerator json, long seed) throws IOException {
        int street = (int) Long.remainderUnsigned(seed >>> 7, STREETS.length);
        String[] locality = LOCALITIES[(int) Long.remainderUnsigned(seed >>> 19, LOCALITIES.length)];
        json.writeObjectFieldStart("address");
        json.writeStringField("address_line_1", STREETS[street]);
        json.writeStringField("country", locality[2]);
        json.writeStringField("locality", locality[0]);
        json.writeStringField("postal_code", locality[1]);
        json.writeStringField("premises", Long.toString(1 + Long.remainderUnsigned(seed >>> 33, 180)));
        json.writeEndObject();
    }

    private static String selfLink(Psc psc, long seed) {
        String id = linkId(seed);
        return switch (psc.kind()) {
            case INDIVIDUAL_KIND ->
                "/company/" + psc.companyNumber() + "/persons-with-significant-control/individual/" + id;
            case CORPORATE_KIND ->
                "/company/" + psc.companyNumber() + "/persons-with-significant-control/corporate-entity/" + id;
            case STATEMENT_KIND ->
                "/company/" + psc.companyNumber() + "/persons-with-significant-control-statements/" + id;
            default -> "/company/" + psc.companyNumber() + "/persons-with-significant-control/" + id;
        };
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] ID_CHARS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private static String hex(long seed, int length) {
        char[] out = new char[length];
        long state = seed;
        long bits = 0;
        for (int i = 0; i < length; i++) {
            if (i % 16 == 0) {
                state += 0x9E3779B97F4A7C15L;
                bits = mix(state);
            }
            out[i] = HEX[(int) (bits & 0xF)];
            bits >>>= 4;
        }
        return new String(out);
    }

    private static String linkId(long seed) {
        char[] out = new char[27];
        long state = seed ^ 0x5DEECE66DL;
        long bits = 0;
        for (int i = 0; i < out.length; i++) {
            if (i % 10 == 0) {
                state += 0x9E3779B97F4A7C15L;
                bits = mix(state);
            }
            out[i] = ID_CHARS[(int) (bits & 0x3F)];
            bits >>>= 6;
        }
        return new String(out);
    }

    /** SplitMix64's finaliser: spreads the bits of a seed. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---------------------------------------------------------------- dates and helpers

    /** Filing dates for a company that has filed everything on time up to a snapshot date. */
    record Filings(
            String accountsNextDue, String accountsLastMadeUp, String confStmtNextDue, String confStmtLastMadeUp) {

        static Filings onTime(LocalDate incorporated, LocalDate snapshot) {
            // Accounts: reference date at the end of the incorporation month; the first accounts,
            // made up to the first reference date after a year, are due 21 months after incorporation,
            // later ones 9 months after their reference date.
            LocalDate firstReference = endOfMonth(incorporated.plusYears(1));
            LocalDate firstDue = incorporated.plusMonths(21);
            String accountsNext;
            String accountsLast;
            if (firstDue.isAfter(snapshot)) {
                accountsNext = formatDate(firstDue);
                accountsLast = "";
            } else {
                LocalDate last = firstReference;
                while (!dueAfterReference(last.plusYears(1)).isAfter(snapshot)) {
                    last = endOfMonth(last.plusYears(1));
                }
                accountsLast = formatDate(last);
                accountsNext = formatDate(dueAfterReference(endOfMonth(last.plusYears(1))));
            }
            // Confirmation statement: made up to each anniversary, due 14 days after the next one.
            LocalDate lastStatement = null;
            LocalDate anniversary = incorporated.plusYears(1);
            while (!anniversary.isAfter(snapshot)) {
                lastStatement = anniversary;
                anniversary = anniversary.plusYears(1);
            }
            LocalDate statementBase = lastStatement == null ? incorporated : lastStatement;
            return new Filings(
                    accountsNext,
                    accountsLast,
                    formatDate(statementBase.plusYears(1).plusDays(14)),
                    lastStatement == null ? "" : formatDate(lastStatement));
        }

        private static LocalDate dueAfterReference(LocalDate reference) {
            return endOfMonth(reference.plusMonths(9));
        }

        private static LocalDate endOfMonth(LocalDate date) {
            return date.withDayOfMonth(date.lengthOfMonth());
        }
    }

    /** dd/MM/yyyy, without a formatter (millions of calls in the benchmark). */
    static String formatDate(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        int year = date.getYear();
        char[] out = {
            (char) ('0' + day / 10),
            (char) ('0' + day % 10),
            '/',
            (char) ('0' + month / 10),
            (char) ('0' + month % 10),
            '/',
            (char) ('0' + year / 1000),
            (char) ('0' + year / 100 % 10),
            (char) ('0' + year / 10 % 10),
            (char) ('0' + year % 10)
        };
        return new String(out);
    }

    /** Reads dd/MM/yyyy. */
    static LocalDate parseDate(String date) {
        if (date == null || date.length() != 10 || date.charAt(2) != '/' || date.charAt(5) != '/') {
            throw new IllegalArgumentException("not a dd/MM/yyyy date: " + date);
        }
        return LocalDate.of(
                Integer.parseInt(date.substring(6)),
                Integer.parseInt(date.substring(3, 5)),
                Integer.parseInt(date.substring(0, 2)));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String entryName(Path zip, String prefix, String fallback, String extension) {
        String name = zip.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".zip")) {
            return name.substring(0, name.length() - 4) + extension;
        }
        return fallback;
    }

    /** The zip entry's stream, which the writers may flush but must not close. */
    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    // ---------------------------------------------------------------- benchmark generation

    /**
     * Benchmark files: {@code OUT_DIR ROWS PSC_LINES [LEDGER_CSV]} writes
     * {@code OUT_DIR/BasicCompanyData-2026-11-01.csv} with ROWS companies and
     * {@code OUT_DIR/persons-with-significant-control-snapshot-2026-11-01.txt} with PSC_LINES
     * records and the totals line, from a fixed seed. With LEDGER_CSV (a ledger written by
     * {@link LedgerGenerator}) about 60% of its suppliers are on the register; see
     * {@link CompaniesHouseGenerator}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: CompaniesHouseFiles OUT_DIR ROWS PSC_LINES [LEDGER_CSV]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        long pscLines = Long.parseLong(args[2]);
        Path ledger = args.length == 4 ? Path.of(args[3]) : null;
        Files.createDirectories(out);
        CompaniesHouseGenerator generator = CompaniesHouseGenerator.create(rows, pscLines, ledger);
        generator.writeBoth(
                out.resolve("BasicCompanyData-" + SNAPSHOT + ".csv"),
                out.resolve("persons-with-significant-control-snapshot-" + SNAPSHOT + ".txt"));
    }
}
