package org.socaudit.companies;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes small Companies House bulk files in the exact published formats: Basic Company Data with
 * its header as published (stray leading spaces, unquoted), every data field quoted, dates
 * dd/MM/yyyy, "None Supplied" in empty SIC columns; the PSC snapshot as JSON lines ending in a totals
 * line.
 */
final class RegisterFiles {

    /** The published header, spaces and all. */
    static final String HEADER = "CompanyName, CompanyNumber,RegAddress.CareOf,RegAddress.POBox,"
            + "RegAddress.AddressLine1, RegAddress.AddressLine2,RegAddress.PostTown,RegAddress.County,"
            + "RegAddress.Country,RegAddress.PostCode,CompanyCategory,CompanyStatus,CountryOfOrigin,"
            + "DissolutionDate,IncorporationDate,Accounts.AccountRefDay,Accounts.AccountRefMonth,"
            + "Accounts.NextDueDate,Accounts.LastMadeUpDate,Accounts.AccountCategory,Returns.NextDueDate,"
            + "Returns.LastMadeUpDate,Mortgages.NumMortCharges,Mortgages.NumMortOutstanding,"
            + "Mortgages.NumMortPartSatisfied,Mortgages.NumMortSatisfied,SICCode.SicText_1,SICCode.SicText_2,"
            + "SICCode.SicText_3,SICCode.SicText_4,LimitedPartnerships.NumGenPartners,"
            + "LimitedPartnerships.NumLimPartners,URI," + previousNameHeaders()
            + "ConfStmtNextDueDate, ConfStmtLastMadeUpDate";

    static final List<String> COLUMNS =
            Arrays.stream(HEADER.split(",")).map(String::strip).toList();

    private RegisterFiles() {}

    private static String previousNameHeaders() {
        StringBuilder headers = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            headers.append("PreviousName_")
                    .append(i)
                    .append(".CONDATE, PreviousName_")
                    .append(i)
                    .append(".CompanyName, ");
        }
        return headers.toString().stripTrailing();
    }

    /** A company row: its cells by header name (trimmed); the rest as a plain active company has them. */
    static final class Company {
        final Map<String, String> cells = new LinkedHashMap<>();

        Company(String name, String number) {
            set("CompanyName", name);
            set("CompanyNumber", number);
            set("RegAddress.AddressLine1", "1 High Street");
            set("RegAddress.PostTown", "Northbridge");
            set("RegAddress.Country", "United Kingdom");
            set("RegAddress.PostCode", "NB1 " + number.substring(number.length() - 3));
            set("CompanyCategory", "Private Limited Company");
            set("CompanyStatus", "Active");
            set("CountryOfOrigin", "United Kingdom");
            set("IncorporationDate", "01/02/2015");
            set("Accounts.AccountRefDay", "28");
            set("Accounts.AccountRefMonth", "2");
            set("Accounts.NextDueDate", "30/11/2027");
            set("Accounts.LastMadeUpDate", "28/02/2025");
            set("Accounts.AccountCategory", "TOTAL EXEMPTION FULL");
            set("SICCode.SicText_1", "None Supplied");
            set("URI", "http://business.data.gov.uk/id/company/" + number);
            set("ConfStmtNextDueDate", "15/02/2027");
            set("ConfStmtLastMadeUpDate", "01/02/2025");
            for (String column : COLUMNS) {
                cells.putIfAbsent(column, column.startsWith("Mortgages") ? "0" : "");
            }
        }

        Company set(String column, String value) {
            if (!COLUMNS.contains(column)) {
                throw new IllegalArgumentException("no column " + column);
            }
            cells.put(column, value);
            return this;
        }

        Company address(String line1, String postcode) {
            return set("RegAddress.AddressLine1", line1).set("RegAddress.PostCode", postcode);
        }

        Company previousName(int index, String name, String changed) {
            return set("PreviousName_" + index + ".CompanyName", name)
                    .set("PreviousName_" + index + ".CONDATE", changed);
        }

        Company sic(String... entries) {
            for (int i = 0; i < entries.length; i++) {
                set("SICCode.SicText_" + (i + 1), entries[i]);
            }
            return this;
        }

        List<String> values() {
            return COLUMNS.stream().map(cells::get).toList();
        }
    }

    /** The file's text: the header as published, then each row with every field quoted. */
    static String csv(List<Company> companies) {
        StringWriter out = new StringWriter();
        out.write(HEADER);
        out.write("\r\n");
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get())) {
            for (Company company : companies) {
                printer.printRecord(company.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Path writeCsv(Path file, Company... companies) throws IOException {
        return Files.writeString(file, csv(List.of(companies)), StandardCharsets.UTF_8);
    }

    /** A zip holding each named text as an entry. */
    static Path writeZip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** An individual PSC line as the snapshot writes it; {@code ceased} may be null. */
    static String person(String number, String forename, String surname, int month, int year, String ceased) {
        return "{\"company_number\":\"" + number + "\",\"data\":{\"address\":{\"address_line_1\":\"1 High Street\","
                + "\"locality\":\"Northbridge\",\"postal_code\":\"NB1 1AA\"},\"country_of_residence\":\"England\","
                + "\"date_of_birth\":{\"month\":" + month + ",\"year\":" + year + "},\"etag\":\"e\","
                + "\"kind\":\"individual-person-with-significant-control\",\"links\":{\"self\":\"/company/" + number
                + "/persons-with-significant-control/individual/x\"},\"name\":\"Mr " + forename + " " + surname
                + "\",\"name_elements\":{\"forename\":\"" + forename + "\",\"surname\":\"" + surname
                + "\",\"title\":\"Mr\"},\"nationality\":\"British\",\"natures_of_control\":"
                + "[\"ownership-of-shares-75-to-100-percent\",\"voting-rights-75-to-100-percent\"],"
                + "\"notified_on\":\"2019-04-06\"" + (ceased == null ? "" : ",\"ceased_on\":\"" + ceased + "\"")
                + "}}";
    }

    /** A corporate PSC line. */
    static String corporate(String number, String name) {
        return "{\"company_number\":\"" + number + "\",\"data\":{\"address\":{\"premises\":\"2\"},\"etag\":\"e\","
                + "\"identification\":{\"legal_authority\":\"Companies Act 2006\",\"legal_form\":\"Limited\","
                + "\"registration_number\":\"09999999\"},\"kind\":\"corporate-entity-person-with-significant-control\","
                + "\"name\":\"" + name + "\",\"natures_of_control\":[\"ownership-of-shares-75-to-100-percent\"],"
                + "\"notified_on\":\"2018-01-01\"}}";
    }

    /** A statement line. */
    static String statement(String number, String statement) {
        return "{\"company_number\":\"" + number + "\",\"data\":{\"etag\":\"e\",\"kind\":"
                + "\"persons-with-significant-control-statement\",\"links\":{\"self\":\"/company/" + number
                + "/persons-with-significant-control-statements/x\"},\"notified_on\":\"2020-07-01\","
                + "\"statement\":\"" + statement + "\"}}";
    }

    /** The final totals line. */
    static String totals(int people, int statements) {
        return "{\"data\":{\"kind\":\"totals#persons-of-significant-control-snapshot\","
                + "\"persons_of_significant_control_count\":" + people + ",\"statements_count\":" + statements
                + ",\"exemptions_count\":0}}";
    }

    static Path writeLines(Path file, String... lines) throws IOException {
        List<String> all = new ArrayList<>(List.of(lines));
        return Files.write(file, all, StandardCharsets.UTF_8);
    }
}
