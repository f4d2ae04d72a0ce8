package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.InputIssue;
import org.socaudit.testing.TestData;

/**
 * Every real spending file in the test resources reads with default settings: the right header
 * for each role, and under 1% of lines unusable. Row, redaction and pence totals of the first five
 * were counted independently with Python's csv module.
 */
class CouncilSpendFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "bradford-2019-07_clean.csv | 1 | Supplier Name | Net Amount | Payment date | Service Label | Expenditure category | -",
                "bradford-2019-08_clean.csv | 1 | Supplier Name | Net Amount | Payment date | Service Label | Expenditure category | -",
                "bradford-2019-09_clean.csv | 1 | Supplier Name | Net Amount | Payment date | Service Label | Expenditure category | -",
                "calderdale-2022-08-card.csv | 1 | Beneficiary Name | Amount | Payment Date | Organisational Unit | - | Company Number",
                "calderdale-2022-08.csv | 1 | Supplier(Beneficiary) Name | Net Amount | Date | Expense Area | Purpose of Spend (Summary) | Supplier Registered Company Number",
                "harrogate-2022-08.csv | 1 | Beneficiary Name | Amount | Payment Date | Organisational Unit | - | Company Number",
                "lambeth-2011-01-supplier-totals.csv | 1 | Supplier Name | Sum of Invoice Nett Amount | - | - | - | -",
                "lambeth-2012-05-supplier-totals.csv | 2 | Supplier Name | Total | - | - | - | -",
                "lambeth-2012-06.csv | 10 | Supplier Name | Invoice Nett Amount | Invoice Creation Date | Department | Subj Description | -",
                "networkrail-2021-04.csv | 1 | Supplier Name | Spend | Invoice GL Date | - | Category Family | -",
                "tfl-2023-P05.csv | 1 | Vendor Name | Amount | Clearing Date | - | Expenditure Account | -"
            })
    void recognisesTheColumnsOfARealFile(
            String name,
            long headerRow,
            String supplier,
            String amount,
            String date,
            String service,
            String category,
            String companyNumber)
            throws Exception {
        ReadSummary summary = read(name, new ArrayList<>(), new ArrayList<>());

        Map<Role, String> expected = new LinkedHashMap<>();
        expected.put(Role.SUPPLIER_NAME, supplier);
        expected.put(Role.AMOUNT, amount);
        expected.put(Role.DATE, date);
        expected.put(Role.SERVICE, service);
        expected.put(Role.CATEGORY, category);
        expected.put(Role.COMPANY_NUMBER, companyNumber);
        Map<Role, String> found = new LinkedHashMap<>();
        expected.keySet().forEach(role -> found.put(role, summary.columns().get(role)));
        assertEquals(expected, found);
        assertEquals(headerRow, summary.headerRow());
        ReadSummary.Lines lines = summary.lines();
        assertTrue(lines.unusable() * 100 < lines.rows(), "under 1% unusable: " + lines);
        assertEquals(
                lines.rows(),
                lines.records() + lines.redacted() + lines.blank() + lines.totals() + lines.unusable(),
                "every line is accounted for: " + lines);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bradford-2019-07_clean.csv, 10097, 95, 5381085983, 2019-07-02",
        "bradford-2019-08_clean.csv, 9708, 72, 4084947925, 2019-08-01",
        "bradford-2019-09_clean.csv, 8920, 40, 3966943280, 2019-09-03",
        "calderdale-2022-08-card.csv, 382, 0, 6157794, 2021-11-27",
        "harrogate-2022-08.csv, 1873, 3, 538177574, 2022-08-01"
    })
    void readsEveryRowOfARealCouncilFile(String name, long rows, long redacted, long totalPence, LocalDate earliest)
            throws Exception {
        List<InputIssue> issues = new ArrayList<>();
        List<org.socaudit.model.Payment> payments = new ArrayList<>();

        ReadSummary summary = read(name, payments, issues);

        assertEquals(List.of(), issues);
        assertEquals(new ReadSummary.Lines(rows, rows - redacted, 0, redacted, 0, 0, 0, 0, 0), summary.lines());
        assertEquals(
                totalPence, payments.stream().mapToLong(p -> p.amountPence()).sum());
        assertEquals(
                earliest,
                payments.stream().map(p -> p.date()).min(LocalDate::compareTo).orElseThrow());
        assertTrue(payments.stream().noneMatch(p -> p.supplierName().contains("\uFFFD")), "no undecodable characters");
    }

    @org.junit.jupiter.api.Test
    void splitsLambethsRunTogetherDatesAndAmountsAndSkipsItsPreambleTotalsAndFiller() throws Exception {
        List<org.socaudit.model.Payment> payments = new ArrayList<>();
        ReadSummary summary = read("lambeth-2012-06.csv", payments, new ArrayList<>());

        // Counted with Python: 3,161 rows under the header; 5 filler rows, 1 totals row; 635 rows of
        // five cells whose date cell holds the date and the amount; 4 rows whose name ran into the date.
        assertEquals(new ReadSummary.Lines(3161, 3151, 0, 0, 5, 1, 4, 635, 4), summary.lines());
        org.socaudit.model.Payment guestHouse = payments.stream()
                .filter(p -> p.supplierName().equals("A A GuestHouses"))
                .findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2012, 6, 25), guestHouse.date());
        assertEquals(90000, guestHouse.amountPence());
        assertEquals("PRIVATE RESIDENTIAL CARE", guestHouse.category());
    }

    private static ReadSummary read(String name, List<org.socaudit.model.Payment> payments, List<InputIssue> issues)
            throws Exception {
        Path file = TestData.councilSpend(name);
        return new PaymentFileReader(Map.of()).read(file, payments::add, issues::add);
    }
}
