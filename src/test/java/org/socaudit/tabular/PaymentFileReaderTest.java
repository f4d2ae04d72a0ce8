package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socaudit.tabular.Fixtures.path;
import static org.socaudit.tabular.Fixtures.payments;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;

/** Reading CSV spending files: encodings, CSV structure, headers and row-level issues. */
class PaymentFileReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "payments-utf8-bom.csv, Café Rouge Ltd, 100000",
        "payments-utf16le-bom.csv, Zoë’s Taxis, 25000",
        "payments-utf16be-bom.csv, Zoë’s Taxis, 1250",
        "payments-windows-1252.csv, Café Nero, 10000"
    })
    void decodesEachEncoding(String fixture, String supplier, long pence) throws Exception {
        Fixtures.Payments read = payments(path(fixture));

        assertEquals(supplier, read.first().supplierName());
        assertEquals(pence, read.first().amountPence());
        assertEquals(List.of(), read.issues());
    }

    @Test
    void fallsBackToWindows1252ForEuroSignAndDashes() throws Exception {
        Fixtures.Payments read = payments(path("payments-windows-1252.csv"));

        assertEquals("Chief Executive’s Office", read.first().service());
        assertEquals("Euro Waste € Ltd", read.payments().get(1).supplierName());
        assertEquals("Waste – Trade", read.payments().get(1).service());
    }

    @Test
    void decidesTheEncodingFromTheWholeFileNotItsStart() throws Exception {
        Path file = dir.resolve("late-1252.csv");
        StringBuilder text = new StringBuilder("Supplier Name,Amount\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Supplier ").append(i).append(",1.00\n");
        }
        text.append("Caf\u00e9 Last,2.00\n");
        Files.write(file, text.toString().getBytes(TextEncoding.WINDOWS_1252));

        Fixtures.Payments read = payments(file);

        assertEquals(20_001, read.summary().records());
        assertEquals("Café Last", read.payments().get(20_000).supplierName());
    }

    @Test
    void acceptsMixedLineEndings() throws Exception {
        Fixtures.Payments read = payments(path("payments-mixed-line-endings.csv"));

        assertEquals(
                List.of("A Ltd", "B Ltd", "C Ltd", "D Ltd"),
                read.payments().stream().map(Payment::supplierName).toList());
        assertEquals(
                List.of(100L, 200L, 300L, 400L),
                read.payments().stream().map(Payment::amountPence).toList());
    }

    @Test
    void keepsNewlinesInsideQuotesAndCountsRecordsAsRows() throws Exception {
        Fixtures.Payments read = payments(path("payments-quoted-newlines.csv"));

        assertEquals("Smith & Sons\nScrap Metal", read.first().supplierName());
        assertEquals("Skip hire,\r\nwaste", read.first().category());
        assertEquals(2, read.summary().records());
        assertEquals(4, read.issues().get(0).row(), "the fourth record, though the sixth line");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"invalid-unclosed-quote.csv, row 4, line 4", "invalid-text-after-quote.csv, row 3, line 3"})
    void refusesMalformedCsvNamingFileAndRow(String fixture, String row, String line) {
        Path file = path(fixture);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file + ":" + row, e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains(line), e.getMessage());
        assertTrue(e.problems().get(0).message().contains("quote"), e.getMessage());
    }

    @Test
    void readsTheFirstOfDuplicateHeadersAndSaysSo() throws Exception {
        Fixtures.Payments read = payments(path("payments-duplicate-headers.csv"));

        assertEquals("First Ltd", read.first().supplierName());
        assertEquals(100, read.first().amountPence());
        assertEquals(2, read.issues().size());
        assertEquals(1, read.issues().get(0).row());
        assertEquals("Supplier Name", read.issues().get(0).column());
        assertTrue(read.issues().get(0).reason().contains("first"));
        assertEquals(2, read.summary().lines().issues());
    }

    @Test
    void reportsTheHeadersSeenWhenNoRowIsAHeader() {
        Path file = path("invalid-no-header.csv");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        String message = e.problems().get(0).message();
        assertEquals(file.toString(), e.problems().get(0).location());
        assertTrue(message.contains("no header row in the first 20 rows"), message);
        assertTrue(message.contains("supplier-name column (such as supplier name"), message);
        assertTrue(message.contains("amount column"), message);
        assertTrue(message.contains("row 2 has 'Who', 'How much', 'When'"), message);
        assertTrue(message.contains("--column"), message);
    }

    @Test
    void refusesAHeaderBelowTheTwentiethRow() throws Exception {
        Path file = dir.resolve("deep.csv");
        Files.writeString(file, "Notes\n".repeat(20) + "Supplier Name,Amount\nA Ltd,1\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertTrue(e.getMessage().contains("row 1 has 'Notes'"), e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.csv"));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertTrue(e.getMessage().contains("the file has no rows"), e.getMessage());
    }

    @Test
    void findsTheHeaderBelowTitleRowsIgnoringCaseSpacesAndPunctuation() throws Exception {
        Fixtures.Payments read = payments(path("payments-title-rows.csv"));

        assertEquals("Title Row Ltd", read.first().supplierName());
        assertEquals(500, read.first().amountPence());
        assertEquals(LocalDate.of(2022, 8, 1), read.first().date());
        assertEquals(1, read.summary().lines().rows());
    }

    @Test
    void readsTabSeparatedText() throws Exception {
        Fixtures.Payments read = payments(path("payments-tab-separated.txt"));

        assertEquals("Tabbed, Comma Ltd", read.first().supplierName());
        assertEquals(123456, read.first().amountPence());
        assertEquals(LocalDate.of(2019, 7, 18), read.first().date());
    }

    @Test
    void countsRedactedRowsWithoutPassingThemOn() throws Exception {
        Fixtures.Payments read = payments(path("payments-redacted.csv"));

        assertEquals(
                new ReadSummary.Lines(4, 1, 0, 3, 0, 0, 0, 0, 0), read.summary().lines());
        assertEquals("Real Ltd", read.first().supplierName());
    }

    @Test
    void reportsRowsItCannotUseWithRowAndColumn() throws Exception {
        Path file = path("payments-bad-rows.csv");
        Fixtures.Payments read = payments(file);

        assertEquals(
                List.of(
                        file + ":row 3, column 'Supplier Name'",
                        file + ":row 4, column 'Amount'",
                        file + ":row 5, column 'Amount'",
                        file + ":row 6, column 'Payment Date'",
                        file + ":row 8, column 'Company Number'"),
                read.issues().stream().map(InputIssue::location).toList());
        assertTrue(read.issues().get(2).reason().startsWith("'ten pounds' is not an amount"));
        assertTrue(read.issues().get(3).reason().startsWith("'31/02/2022' is not a date"));
        assertTrue(read.issues().get(3).reason().contains("screened by sector and watchlist"));
        assertTrue(read.issues().get(4).reason().contains("kept"));
        assertEquals(
                List.of("Good Ltd", "Bad Date Ltd", "Blank Date Ltd", "Odd Number Ltd", "Placeholder Ltd"),
                read.payments().stream().map(Payment::supplierName).toList());
        assertEquals("01234567", read.first().companyNumber());
        assertNull(read.payments().get(1).date(), "an unreadable date keeps the line, without a date");
        assertEquals(1000, read.payments().get(1).amountPence());
        assertNull(read.payments().get(2).date(), "a blank date is no date, not an issue");
        assertNull(read.payments().get(3).companyNumber());
        assertNull(read.payments().get(4).companyNumber(), "N/A is no number, and no issue");
        // 8 lines: 5 used (1 of them without its date), 3 unusable, 5 issues.
        assertEquals(
                new ReadSummary.Lines(8, 5, 1, 0, 0, 0, 3, 0, 5), read.summary().lines());
    }

    @Test
    void readsEveryColumnOfAPayment() throws Exception {
        Payment payment = payments(path("payments-all-columns.csv")).first();

        assertEquals(
                new Payment(
                        "Skip It Ltd",
                        "SC123456",
                        "1012345",
                        -25000,
                        LocalDate.of(2019, 7, 18),
                        "Place",
                        "Waste",
                        List.of("38110", "49410"),
                        List.of("90500000-2", "90510000")),
                payment);
    }

    @Test
    void leavesTheDateNullWithoutADateColumn() throws Exception {
        assertNull(payments(path("payments-mixed-line-endings.csv")).first().date());
    }

    @Test
    void takesColumnsNamedByOverrides() throws Exception {
        Path file = dir.resolve("overrides.csv");
        Files.writeString(file, "Supplier Name,Payee Account,Amount,Sum Paid,When\nWrong,Right Ltd,1,2,18/07/2019\n");

        Payment payment = payments(
                        file, Map.of(Role.SUPPLIER_NAME, "payee account", Role.AMOUNT, "Sum Paid", Role.DATE, "When"))
                .first();

        assertEquals("Right Ltd", payment.supplierName());
        assertEquals(200, payment.amountPence());
        assertEquals(LocalDate.of(2019, 7, 18), payment.date());
    }

    @Test
    void fallsBackToRecognitionWhenAnOverrideNamesAColumnTheFileLacks() throws Exception {
        Path file = dir.resolve("overrides.csv");
        Files.writeString(file, "Supplier Name,Amount,Payment Date\nA Ltd,1,18/07/2019\n");

        Fixtures.Payments read = payments(file, Map.of(Role.DATE, "Paid On"));

        assertEquals(LocalDate.of(2019, 7, 18), read.first().date());
        assertEquals("Payment Date", read.summary().columns().get(Role.DATE));
        assertTrue(read.summary().overridden().isEmpty());
        assertTrue(
                read.summary().notes().get(0).contains("no column headed 'Paid On'"),
                read.summary().notes().toString());
    }

    @Test
    void refusesARowLongerThanTheCapWithoutReadingOn() throws Exception {
        Path file = dir.resolve("enormous.csv");
        Files.writeString(file, "Supplier Name,Amount\nA Ltd,1\n" + "x".repeat(3_000_000) + ",2\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file + ":row 3", e.problems().get(0).location());
        assertTrue(e.getMessage().contains("longer than 1048576 characters"), e.getMessage());
    }

    @Test
    void stopsAnUnclosedQuoteFromSwallowingABigFile() throws Exception {
        Path file = dir.resolve("unclosed-big.csv");
        String rows = "Supplier,1.00\n".repeat(200_000);
        Files.writeString(file, "Supplier Name,Amount\n\"Unclosed,1.00\n" + rows);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file + ":row 2", e.problems().get(0).location());
        assertTrue(e.getMessage().contains("quote left open"), e.getMessage());
    }

    @Test
    void streamsALargeFile() throws Exception {
        Path file = dir.resolve("large.csv");
        StringBuilder text = new StringBuilder("Supplier Name,Amount,Payment Date\n");
        for (int i = 0; i < 100_000; i++) {
            text.append("Supplier ")
                    .append(i % 500)
                    .append(',')
                    .append(i)
                    .append(".25,2022-08-0")
                    .append(1 + i % 9)
                    .append('\n');
        }
        Files.writeString(file, text);
        long[] total = {0};

        ReadSummary summary = new PaymentFileReader(Map.of()).read(file, p -> total[0] += p.amountPence(), i -> {});

        assertEquals(new ReadSummary.Lines(100_000, 100_000, 0, 0, 0, 0, 0, 0, 0), summary.lines());
        assertEquals(99_999L * 100_000 / 2 * 100 + 25 * 100_000L, total[0]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "payments.pdf, is neither CSV",
        "payments.xls, Excel 97-2003",
        "payments, is neither CSV",
    })
    void refusesFilesByExtension(String name, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve(name), "Supplier Name,Amount\nA,1\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file.toString(), e.problems().get(0).location());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void refusesAMissingFile() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(dir.resolve("absent.csv")));

        assertTrue(e.getMessage().endsWith("absent.csv: no such file"), e.getMessage());
    }

    @Test
    void refusesAWorkbookNamedAsCsv() throws Exception {
        Path file = dir.resolve("workbook.csv");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0});

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertTrue(e.getMessage().contains("not CSV text"), e.getMessage());
    }

    @Test
    void refusesBinaryContent() throws Exception {
        Path file = dir.resolve("binary.csv");
        Files.write(file, "S\0u\0p\0".getBytes(StandardCharsets.ISO_8859_1));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertTrue(e.getMessage().contains("is not text"), e.getMessage());
    }

    @Test
    void skipsAReportPreambleTotalsFillerAndNoteRowsCountingEachKindOnce() throws Exception {
        Path file = dir.resolve("report.csv");
        Files.writeString(
                file,
                "Invoices Over Specified Nett Amount,,,\n"
                        + ",,,\n"
                        + "Report Date: 02/07/2012,,,\n"
                        + "Parameters: Invoice Threshold Nett Amt 500,,,\n"
                        + "Department,Supplier Name,Invoice Date,Nett Amount\n"
                        + "Housing,Acme Ltd,08/06/2012,1534.24\n"
                        + ",,,\n"
                        + ",\u2020\u2020\u2020 ,,\n"
                        + "Housing,Beta Ltd,09/06/2012,600.00\n"
                        + "Total,,,2134.24\n"
                        + ",,(c) Copyright the council,\n"
                        + "Grand Total,,,2134.24\n");

        Fixtures.Payments read = payments(file);

        assertEquals(List.of(), read.issues());
        assertEquals(5, read.summary().headerRow());
        assertEquals(
                List.of("Acme Ltd", "Beta Ltd"),
                read.payments().stream().map(Payment::supplierName).toList());
        assertEquals(
                new ReadSummary.Lines(7, 2, 0, 0, 3, 2, 0, 0, 0), read.summary().lines());
    }

    @Test
    void readsASupplierTotalsFileWithNoDates() throws Exception {
        Path file = dir.resolve("totals.csv");
        Files.writeString(
                file,
                "Sum of Invoice Nett Amount,\nSupplier Name,Total\nVeolia ES (UK) Ltd,2308563.30\n"
                        + "Capita Business Services Ltd,1854464.17\nPitney Bowes Finance PLC,512.00\n,\nGrand Total,4163539.47\n");

        Fixtures.Payments read = payments(file);

        assertEquals(2, read.summary().headerRow());
        assertEquals("Total", read.summary().columns().get(Role.AMOUNT));
        assertNull(read.summary().columns().get(Role.DATE));
        assertEquals(3, read.payments().size());
        assertNull(read.first().date());
        assertEquals(1, read.summary().lines().totals());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "43664 | 2019-07-18",
                "43664.604166 | 2019-07-18",
                "20190718 | 2019-07-18",
                "18.07.2019 | 2019-07-18",
                "18-Jul-19 | 2019-07-18"
            })
    void readsSerialCompactAndDottedDates(String text, LocalDate expected) throws Exception {
        Path file = dir.resolve("dates.csv");
        Files.writeString(
                file,
                "Payee,Net,Posted Date\nA Ltd,1.00," + text + "\nB Ltd,2.00," + text + "\nC Ltd,3.00," + text + "\n");

        Fixtures.Payments read = payments(file);

        assertEquals("Posted Date", read.summary().columns().get(Role.DATE));
        assertEquals(expected, read.first().date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1500.00CR | -150000",
                "1500.00 CR | -150000",
                "500- | -50000",
                "1500.00DR | 150000",
                "(25.00) | -2500"
            })
    void readsCreditAndDebitMarks(String text, long pence) throws Exception {
        Path file = dir.resolve("credits.csv");
        Files.writeString(file, "Creditor Name,Amount (GBP)\nA Ltd," + text + "\n");

        assertEquals(pence, payments(file).first().amountPence());
    }

    @Test
    void anUnreadableDateKeepsTheLineForSectorAndWatchlistScreening() throws Exception {
        Path file = dir.resolve("undated.csv");
        Files.writeString(
                file,
                "Supplier,Amount,Payment Date\nA Ltd,10.00,18/07/2019\nB Ltd,20.00,TBC\n" + "C Ltd,30.00,19/07/2019\n");

        Fixtures.Payments read = payments(file);

        assertEquals(3, read.payments().size());
        assertNull(read.payments().get(1).date());
        assertEquals(1, read.summary().lines().partial());
        assertEquals(
                file + ":row 3, column 'Payment Date'", read.issues().get(0).location());
    }

    @Test
    void readsEveryCategoryColumn() throws Exception {
        Path file = dir.resolve("categories.csv");
        Files.writeString(
                file,
                "Supplier,Amount,Procurement Classification,Purpose of Spend\n"
                        + "A Ltd,10.00,Waste Management,Skip hire at depot\nB Ltd,20.00,Transport,Taxi for pupils\n");

        Fixtures.Payments read = payments(file);

        assertEquals("Purpose of Spend", read.summary().columns().get(Role.CATEGORY));
        assertEquals(List.of("Procurement Classification"), read.summary().moreCategories());
        assertEquals("Skip hire at depot", read.first().category());
        assertEquals(List.of("Waste Management"), read.first().moreCategories());
    }

    @Test
    void aCellTooLongToBeAHeadingIsPassedOver() throws Exception {
        Path file = dir.resolve("long-title.csv");
        Files.writeString(file, "paymentdate".repeat(40_000) + ",\nSupplier,Amount\nA Ltd,1.00\n");

        Fixtures.Payments read = payments(file);

        assertEquals(2, read.summary().headerRow());
        assertEquals("A Ltd", read.first().supplierName());
    }

    @ParameterizedTest(name = "separated by [{0}]")
    @ValueSource(strings = {";", "|"})
    void readsSemicolonAndPipeSeparatedFiles(String separator) throws Exception {
        Path file = dir.resolve("separated.csv");
        Files.writeString(
                file,
                String.join(separator, "Supplier", "Amount", "Date") + "\n"
                        + String.join(separator, "A, B and C Ltd", "1234.50", "18/07/2019") + "\n");

        Fixtures.Payments read = payments(file);

        assertEquals("A, B and C Ltd", read.first().supplierName());
        assertEquals(123450, read.first().amountPence());
    }
}
