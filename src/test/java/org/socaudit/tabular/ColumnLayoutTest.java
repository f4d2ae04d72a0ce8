package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
                        "Expenditure Service"),
                Role.CATEGORY,
                List.of(
                        "Expenditure Category",
                        "Expense Type",
                        "Category",
                        "Expenditure Type",
                        "Purpose",
                        "Expense Area",
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
        ColumnLayout layout = ColumnLayout.of(List.of("Other", header), ALL, Map.of());

        assertEquals(1, layout.column(role));
        assertEquals(header, layout.header(role));
    }

    @Test
    void ignoresCaseSurroundingSpacesPunctuationAndBom() {
        ColumnLayout layout = ColumnLayout.of(
                List.of("\uFEFFSUPPLIER-NAME: ", "  net_amount ", "Payment  Date.", "amount (£)"), ALL, Map.of());

        assertEquals(0, layout.column(Role.SUPPLIER_NAME));
        assertEquals(2, layout.column(Role.DATE));
        assertEquals(3, layout.column(Role.AMOUNT), "'amount' ranks before 'net amount'");
    }

    @Test
    void prefersTheEarlierAliasWhenTwoColumnsQualify() {
        ColumnLayout layout = ColumnLayout.of(List.of("Name", "Date", "Supplier Name", "Payment Date"), ALL, Map.of());

        assertEquals(2, layout.column(Role.SUPPLIER_NAME));
        assertEquals(3, layout.column(Role.DATE));
    }

    @Test
    void overridesWinOverAliases() {
        ColumnLayout layout = ColumnLayout.of(
                List.of("Supplier Name", "Payee Account", "Amount"), ALL, Map.of(Role.SUPPLIER_NAME, "payee account"));

        assertEquals(1, layout.column(Role.SUPPLIER_NAME));
        assertEquals("Payee Account", layout.header(Role.SUPPLIER_NAME));
        assertEquals(2, layout.column(Role.AMOUNT));
    }

    @Test
    void aColumnTakenByAnOverrideIsNotReusedForAnotherRole() {
        ColumnLayout layout = ColumnLayout.of(List.of("Name", "Vendor"), ALL, Map.of(Role.ALIASES, "Name"));

        assertEquals(0, layout.column(Role.ALIASES));
        assertEquals(1, layout.column(Role.SUPPLIER_NAME));
    }

    @Test
    void onlyLooksForTheRolesAskedFor() {
        ColumnLayout layout = ColumnLayout.of(List.of("Supplier", "Amount"), EnumSet.of(Role.SUPPLIER_NAME), Map.of());

        assertFalse(layout.has(Role.AMOUNT));
    }
}
