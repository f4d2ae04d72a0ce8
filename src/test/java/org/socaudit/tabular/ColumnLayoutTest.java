package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnLayoutTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);

    static Stream<Arguments> everyAlias() {
        List<Arguments> cases = new ArrayList<>();
        Map<Role, List<String>> aliases = Map.of(
                Role.SUPPLIER_NAME,
                List.of(
                        "Supplier Name",
                        "Supplier",
                        "Beneficiary",
                        "Beneficiary Name",
                        "Payee",
                        "Payee Name",
                        "Vendor",
                        "Vendor Name",
                        "Merchant",
                        "Merchant Name",
                        "Creditor",
                        "Creditor Name",
                        "Company Name",
                        "Name"),
                Role.AMOUNT,
                List.of(
                        "Amount",
                        "Net Amount",
                        "Value",
                        "Net Value",
                        "Amount Paid",
                        "Total",
                        "Gross Amount",
                        "Transaction Amount",
                        "Amount (GBP)",
                        "Line Amount"),
                Role.DATE,
                List.of(
                        "Payment Date",
                        "Date Paid",
                        "Date",
                        "Transaction Date",
                        "Paid Date",
                        "Date of Payment",
                        "Posting Date"),
                Role.SERVICE,
                List.of(
                        "Organisational Unit",
                        "Service Label",
                        "Directorate",
                        "Service",
                        "Department",
                        "Service Area",
                        "Cost Centre",
                        "Cost Centre Name",
                        "Service Division",
                        "Expenditure Service",
                        // The Transparency Code's expense area is the service that spent, not what was bought.
                        "Expense Area"),
                Role.CATEGORY,
                List.of(
                        "Expenditure Category",
                        "Expense Type",
                        "Category",
                        "Expenditure Type",
                        "Purpose",
                        "ProClass",
                        "ProClass Description",
                        "Merchant Category",
                        "Account Description",
                        "Subjective Description",
                        "Expenditure Code Description"),
                Role.COMPANY_NUMBER,
                List.of(
                        "Company Number",
                        "Company No.",
                        "Company Registration Number",
                        "Companies House Number",
                        "CRN",
                        "Registered Number"),
                Role.CHARITY_NUMBER,
                List.of("Charity Number", "Charity No", "Registered Charity Number"),
                Role.SIC_CODES,
                List.of("SIC Codes", "SIC Code", "SIC", "SIC 2007", "Nature of Business"),
                Role.CPV_CODES,
                List.of("CPV Codes", "CPV Code", "CPV"),
                Role.ALIASES,
                List.of("Aliases", "Alias", "Also Known As", "AKA", "Other Names"));
        aliases.forEach((role, headers) -> headers.forEach(h -> cases.add(Arguments.of(role, h))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyAlias")
    void findsEveryAliasOfEveryRole(Role role, String header) {
        ColumnLayout layout = layout(List.of("Other", header), ALL, Map.of());

        assertEquals(1, layout.column(role));
        assertEquals(header, layout.header(role));
    }

    @Test
    void ignoresCaseSurroundingSpacesPunctuationAndBom() {
        ColumnLayout layout = layout(
                List.of("\uFEFFSUPPLIER-NAME: ", "  net_amount ", "Payment  Date.", "amount (£)"), ALL, Map.of());

        assertEquals(0, layout.column(Role.SUPPLIER_NAME));
        assertEquals(2, layout.column(Role.DATE));
        assertEquals(1, layout.column(Role.AMOUNT), "net is preferred to a plain amount");
    }

    @Test
    void prefersTheStrongerHeaderWhenTwoColumnsQualify() {
        ColumnLayout layout = layout(List.of("Name", "Date", "Supplier Name", "Payment Date"), ALL, Map.of());

        assertEquals(2, layout.column(Role.SUPPLIER_NAME));
        assertEquals(3, layout.column(Role.DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "PayeeName | SUPPLIER_NAME",
                "payee_name | SUPPLIER_NAME",
                "payeename | SUPPLIER_NAME",
                "SUPPLIERNAME | SUPPLIER_NAME",
                "VendorName | SUPPLIER_NAME",
                "Suppliers | SUPPLIER_NAME",
                "Name (Creditor) | SUPPLIER_NAME",
                "Supplier(Beneficiary) Name | SUPPLIER_NAME",
                "NetAmount | AMOUNT",
                "nettamount | AMOUNT",
                "Amount (ex VAT) | AMOUNT",
                "Amount (GBP) | AMOUNT",
                "Value (£) | AMOUNT",
                "Net | AMOUNT",
                "AmountExclVAT | AMOUNT",
                "PaymentDate | DATE",
                "paymentdate | DATE",
                "Clearing Date | DATE",
                "Invoice GL Date | DATE",
                "TransDate | DATE",
                "Subj Description | CATEGORY",
                "Account Description | CATEGORY",
                "ExpenseType | CATEGORY",
                "Category Family | CATEGORY",
                "Directorate (Service) | SERVICE",
                "CostCentreName | SERVICE",
                "Companies House No. | COMPANY_NUMBER",
                "Supplier Account Name | SUPPLIER_NAME",
                "Amount (excl. recoverable VAT) | AMOUNT",
                "Amount excluding recoverable VAT | AMOUNT",
                "Date Paid to Supplier | DATE",
                "Payment Date (Month End) | DATE"
            })
    void readsJoinedWordsAndBracketedQualifiers(String header, Role role) {
        ColumnLayout layout = layout(List.of("Other", header), ALL, Map.of());

        assertEquals(1, layout.column(role), header);
    }

    @Test
    void prefersNetToGrossAndVatSideBySide() {
        ColumnLayout layout = layout(
                List.of("Supplier", "VAT", "Gross Amount", "Net Amount", "Irrecoverable VAT"),
                List.of(
                        List.of("A Ltd", "20.00", "120.00", "100.00", "0.00"),
                        List.of("B Ltd", "2.00", "12.00", "10.00", "0.00"),
                        List.of("C Ltd", "4.00", "24.00", "20.00", "0.00")));

        assertEquals("Net Amount", layout.header(Role.AMOUNT));
    }

    @Test
    void prefersThePaymentDateToInvoiceAndPeriodDates() {
        ColumnLayout layout = layout(
                List.of("Supplier", "Amount", "Period End Date", "Invoice Date", "Payment Date"),
                List.of(
                        List.of("A Ltd", "10.00", "31/07/2019", "01/07/2019", "18/07/2019"),
                        List.of("B Ltd", "10.00", "31/07/2019", "02/07/2019", "19/07/2019"),
                        List.of("C Ltd", "10.00", "31/07/2019", "03/07/2019", "20/07/2019")));

        assertEquals("Payment Date", layout.header(Role.DATE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Remittance Date", "Date Payment Made", "Settlement Date", "Cheque Run Date", "Payment Date (Month End)"
    })
    void anyPaymentDateBeatsTheInvoiceDate(String paid) {
        ColumnLayout layout = layout(
                List.of("Supplier", "Amount", "Invoice Date", paid),
                List.of(
                        List.of("A Ltd", "10.00", "01/07/2019", "18/07/2019"),
                        List.of("B Ltd", "10.00", "02/07/2019", "19/07/2019"),
                        List.of("C Ltd", "10.00", "03/07/2019", "20/07/2019")));

        assertEquals(paid, layout.header(Role.DATE));
    }

    @Test
    void aServiceColumnLeftOverIsNotReadAsASpendCategory() {
        ColumnLayout layout = layout(
                List.of("Directorate", "Service Area", "Expense Area", "Expense Type", "Supplier", "Amount"),
                List.of(
                        List.of("Place", "Highways", "Highways Maintenance", "Skip hire", "A Ltd", "10.00"),
                        List.of("People", "Adults", "Care Homes", "Residential care", "B Ltd", "10.00"),
                        List.of("Place", "Waste", "Refuse Collection", "Vehicle hire", "C Ltd", "10.00")));

        assertEquals("Expense Type", layout.header(Role.CATEGORY));
        assertEquals(List.of(), layout.moreCategories());
    }

    @Test
    void takesANameColumnHeadedIdOverANumberColumn() {
        ColumnLayout layout = layout(
                List.of("Supplier Number", "Supplier ID", "Amount"),
                List.of(
                        List.of("100231", "Acme Waste Ltd", "10.00"),
                        List.of("100232", "Bright Cabs", "10.00"),
                        List.of("100233", "Clean Sweep Services Limited", "10.00")));

        assertEquals("Supplier ID", layout.header(Role.SUPPLIER_NAME));
    }

    @Test
    void takesTheNameOverAnIdColumnOfCodes() {
        ColumnLayout layout = layout(
                List.of("Supplier ID", "Supplier Name", "Amount"),
                List.of(
                        List.of("S385887", "Acme Waste Ltd", "10.00"),
                        List.of("S385888", "Bright Cabs", "10.00"),
                        List.of("S385889", "Clean Sweep Services Limited", "10.00")));

        assertEquals("Supplier Name", layout.header(Role.SUPPLIER_NAME));
    }

    @Test
    void findsSupplierAmountAndDateByTheirValuesWhenNoHeaderNamesThem() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(List.of("Firm " + i + " Ltd", i + "23.45", String.format("%02d/07/2019", i % 28 + 1), "X" + i));
        }
        ColumnLayout layout = layout(List.of("Who", "How Much", "", "Ref"), rows);

        assertEquals(0, layout.column(Role.SUPPLIER_NAME));
        assertEquals(1, layout.column(Role.AMOUNT));
        assertEquals(2, layout.column(Role.DATE));
        assertEquals("(unheaded column 3)", layout.header(Role.DATE));
    }

    @Test
    void theBodyPayingIsNotTheSupplierButASingleSuppliersExtractIsRead() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(List.of("The Borough of Calderdale", "Acme Waste Ltd", "1" + i + ".00"));
        }

        assertEquals(
                "Supplier Name",
                layout(List.of("Organisation Name", "Supplier Name", "Amount"), rows)
                        .header(Role.SUPPLIER_NAME));
        assertEquals(
                "Beneficiary",
                layout(List.of("Organisation Name", "Beneficiary", "Amount"), rows)
                        .header(Role.SUPPLIER_NAME));
        assertFalse(
                layout(
                                List.of("Organisation Name", "Ref", "Amount"),
                                rows.stream()
                                        .map(r -> List.of(r.get(0), "x", r.get(2)))
                                        .toList())
                        .has(Role.SUPPLIER_NAME),
                "one organisation throughout is the council, not a supplier");
    }

    @Test
    void aHeaderIsNotTakenWhenItsValuesCannotBeTheRole() {
        ColumnLayout layout = layout(
                List.of("Supplier", "Amount", "Payment Date"),
                List.of(
                        List.of("A Ltd", "10.00", "pending"),
                        List.of("B Ltd", "10.00", "pending"),
                        List.of("C Ltd", "10.00", "pending")));

        assertFalse(layout.has(Role.DATE));
    }

    @Test
    void readsEveryCategoryColumnAndTakesTheFullerOneFirst() {
        ColumnLayout layout = layout(
                List.of("Supplier", "Amount", "Procurement Category", "Purpose of Spend"),
                List.of(
                        List.of("A Ltd", "10.00", "Waste", "Skip hire for depot"),
                        List.of("B Ltd", "10.00", "", "Taxi for pupils"),
                        List.of("C Ltd", "10.00", "Transport", "Minibus repairs")));

        assertEquals("Purpose of Spend", layout.header(Role.CATEGORY));
        assertEquals(List.of(2), layout.moreCategories());
    }

    @Test
    void overridesWinOverAliases() {
        ColumnLayout layout = layout(
                List.of("Supplier Name", "Payee Account", "Amount"), ALL, Map.of(Role.SUPPLIER_NAME, "payee account"));

        assertEquals(1, layout.column(Role.SUPPLIER_NAME));
        assertEquals("Payee Account", layout.header(Role.SUPPLIER_NAME));
        assertEquals(2, layout.column(Role.AMOUNT));
        assertEquals(java.util.Set.of(Role.SUPPLIER_NAME), layout.overridden());
    }

    @Test
    void anOverrideNotInTheFileFallsBackToRecognitionAndSaysSo() {
        ColumnLayout layout = layout(List.of("Supplier Name", "Amount"), ALL, Map.of(Role.AMOUNT, "Spend"));

        assertEquals(1, layout.column(Role.AMOUNT));
        assertTrue(layout.overridden().isEmpty());
        assertTrue(layout.notes().get(0).contains("'Spend'"), layout.notes().toString());
    }

    @Test
    void aColumnTakenByAnOverrideIsNotReusedForAnotherRole() {
        ColumnLayout layout = layout(List.of("Name", "Vendor"), ALL, Map.of(Role.ALIASES, "Name"));

        assertEquals(0, layout.column(Role.ALIASES));
        assertEquals(1, layout.column(Role.SUPPLIER_NAME));
    }

    @Test
    void onlyLooksForTheRolesAskedFor() {
        ColumnLayout layout = layout(List.of("Supplier", "Amount"), EnumSet.of(Role.SUPPLIER_NAME), Map.of());

        assertFalse(layout.has(Role.AMOUNT));
    }

    /** The layout of a header row with no data under it. */
    private static ColumnLayout layout(List<String> header, Set<Role> used, Map<Role, String> overrides) {
        return ColumnLayout.of(header, new ColumnProfile[0], used, overrides);
    }

    /** The layout of a header row over the given data rows. */
    private static ColumnLayout layout(List<String> header, List<List<String>> rows) {
        List<HeaderSearch.Row> all = new ArrayList<>();
        all.add(new HeaderSearch.Row(1, header));
        for (List<String> row : rows) {
            all.add(new HeaderSearch.Row(all.size() + 1, row));
        }
        return ColumnLayout.of(header, HeaderSearch.profiles(all, 0), ALL, Map.of());
    }
}
