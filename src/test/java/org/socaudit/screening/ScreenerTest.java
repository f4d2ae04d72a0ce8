package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socaudit.model.FlagKind;
import org.socaudit.model.Payment;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.ScreeningSettings;
import org.socaudit.model.SupplierFlag;
import org.socaudit.model.SupplierRecord;
import org.socaudit.xml.BundledContent;

class ScreenerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 8, 14);

    private final Screener screener = new Screener(BundledContent.sectors(), List.of(), ScreeningSettings.DEFAULTS);

    @Test
    void mergesSuppliersByCompanyNumberThenByName() {
        screener.add(new SupplierRecord("Acme Cleaning Limited", "01234567", null, List.of("81210"), List.of()));
        screener.add(payment("ACME CLEANING LTD", "01234567", 10_000, DAY));
        screener.add(payment("Acme Cleaning Limited", null, 20_000, DAY.plusDays(1)));
        screener.add(payment("Other Supplier", null, 5_000, DAY));

        ScreeningResult result = screener.finish(3, 3, 0);

        assertEquals(2, result.suppliers().size());
        ScreenedSupplier acme = result.suppliers().get(0);
        assertEquals("01234567", acme.profile().companyNumber());
        assertEquals(2, acme.profile().payments());
        assertEquals(30_000, acme.profile().totalPence());
        assertEquals(List.of("81210"), acme.profile().sicCodes());
        assertTrue(
                acme.sectorIds().contains("SERVICE_RETAIL"), acme.sectorHits().toString());
    }

    @Test
    void linesSeenBeforeTheNumberJoinTheNumberedSupplier() {
        screener.add(payment("Bridge Taxis", null, 1_000, DAY));
        screener.add(payment("Bridge Taxis", "SC123456", 2_000, DAY.plusDays(3)));

        ScreeningResult result = screener.finish(2, 2, 0);

        assertEquals(1, result.suppliers().size());
        assertEquals(3_000, result.suppliers().get(0).profile().totalPence());
        assertEquals(DAY, result.suppliers().get(0).profile().firstPayment());
    }

    @Test
    void flagsLowLevelOneOffSpend() {
        screener.add(payment("Northbridge Widgets", null, 45_000, DAY));

        ScreenedSupplier widgets = screener.finish(1, 1, 0).suppliers().get(0);

        assertEquals(
                List.of("Low-level one-off spend: 1 payment, each under £5,000.00"),
                flags(widgets, FlagKind.LOW_LEVEL_ONE_OFF));
        assertFalse(widgets.isFlagged(), "low-level spend alone is listed, not flagged for enhanced checks");
    }

    @Test
    void flagsSameDayPaymentsThatTogetherPassTheThreshold() {
        screener.add(payment("Valley Skip Hire", null, 485_000, DAY));
        screener.add(payment("Valley Skip Hire", null, 470_000, DAY));
        screener.add(payment("Valley Skip Hire", null, 10_000, DAY.plusDays(7)));

        ScreenedSupplier skips = screener.finish(3, 3, 0).suppliers().get(0);

        assertEquals(
                List.of("Same-day payments over the threshold: 2 payments on 14/08/2026 totalling £9,550.00, each"
                        + " under £5,000.00"),
                flags(skips, FlagKind.POSSIBLE_SPLITTING));
        assertFalse(skips.has(FlagKind.HIGH_RISK_NO_COMPANY_NUMBER), "no input gave any company number");
        assertTrue(skips.isFlagged());
        assertTrue(skips.recommendedActions().stream().anyMatch(a -> a.contains("non-involvement statements")));
    }

    @Test
    void withoutAnyCompanyNumbersTheRunSaysSoOnceInsteadOfFlaggingEverySectorSupplier() {
        // A published spending file: no company number column.
        screener.add(payment("Valley Skip Hire", null, 485_000, DAY));
        screener.add(payment("Northside Taxis", null, 12_000, DAY));
        screener.endInput(false);

        ScreeningResult result = screener.finish(2, 2, 0);

        assertTrue(result.suppliers().stream().noneMatch(s -> s.has(FlagKind.HIGH_RISK_NO_COMPANY_NUMBER)));
        assertFalse(result.companyNumbersGiven());
        assertEquals(
                "No input has a company or charity number column, so the 2 suppliers in high-risk sectors could not be"
                        + " checked for one; give a supplier register with numbers (--suppliers) to check them.",
                result.companyNumberNote().orElseThrow());
        assertTrue(
                result.suppliers()
                        .get(0)
                        .recommendedActions()
                        .contains("Get and verify a company number, or" + " identify the owners."),
                "the advice stays with the supplier");
    }

    @Test
    void onlySuppliersListedInAnInputWithANumberColumnAreFlaggedForLackingOne() {
        // A file with a company number column, blank for the skip hire firm.
        screener.add(payment("Valley Skip Hire", null, 485_000, DAY));
        screener.add(payment("Nightwatch Security", "12345678", 240_000, DAY));
        screener.endInput(true);
        // A published spending file without one.
        screener.add(payment("Northside Taxis", null, 12_000, DAY));
        screener.endInput(false);

        ScreeningResult result = screener.finish(2, 2, 0);

        ScreenedSupplier skips = result.suppliers().stream()
                .filter(s -> s.profile().name().startsWith("Valley"))
                .findFirst()
                .orElseThrow();
        assertTrue(skips.has(FlagKind.HIGH_RISK_NO_COMPANY_NUMBER));
        ScreenedSupplier taxis = result.suppliers().stream()
                .filter(s -> s.profile().name().startsWith("Northside"))
                .findFirst()
                .orElseThrow();
        assertFalse(taxis.has(FlagKind.HIGH_RISK_NO_COMPANY_NUMBER), "its file could not have given a number");
        assertTrue(result.companyNumberNote().isEmpty());
    }

    @Test
    void aSinglePaymentOverTheThresholdIsNotSplitting() {
        screener.add(payment("Valley Skip Hire", null, 600_000, DAY));
        screener.add(payment("Valley Skip Hire", null, 100_000, DAY));

        ScreenedSupplier skips = screener.finish(2, 2, 0).suppliers().get(0);

        assertFalse(skips.has(FlagKind.POSSIBLE_SPLITTING));
    }

    @Test
    void flagsSuppliersPaidUnderManyCategories() {
        for (String category : List.of("Stationery", "Furniture", "Printing", "Training", "Consultancy")) {
            screener.add(new Payment("Jack Of All Trades", null, null, 1_000, DAY, "Finance", category, null, null));
        }

        ScreenedSupplier jack = screener.finish(5, 5, 0).suppliers().get(0);

        assertEquals(List.of("Paid under many categories: 5 spend categories"), flags(jack, FlagKind.MANY_CATEGORIES));
    }

    @Test
    void creditNotesReduceTheTotal() {
        screener.add(payment("Nightwatch Security", "12345678", 240_000, DAY));
        screener.add(payment("Nightwatch Security", "12345678", -15_000, DAY.plusDays(5)));

        ScreenedSupplier security = screener.finish(2, 2, 0).suppliers().get(0);

        assertEquals(225_000, security.profile().totalPence());
        assertFalse(security.has(FlagKind.HIGH_RISK_NO_COMPANY_NUMBER));
    }

    @Test
    void aRefundIsNotAPaymentInTheOneOffAndSplittingChecks() {
        // One £400 payment and a £300 refund the same day: one low-level payment, not two, and no split day.
        screener.add(payment("Corner Cafe", null, 40_000, DAY));
        screener.add(payment("Corner Cafe", null, -30_000, DAY));
        screener.add(payment("Corner Cafe", null, 480_000, DAY.plusDays(1)));
        screener.add(payment("Corner Cafe", null, -470_000, DAY.plusDays(1)));

        ScreenedSupplier cafe = screener.finish(4, 4, 0).suppliers().get(0);

        assertEquals(
                List.of("Low-level one-off spend: 2 payments, each under £5,000.00"),
                flags(cafe, FlagKind.LOW_LEVEL_ONE_OFF));
        assertFalse(cafe.has(FlagKind.POSSIBLE_SPLITTING));
    }

    @Test
    void aSupplierWhoseCreditsCoverItsPaymentsIsANetCreditNotALowLevelOneOff() {
        screener.add(payment("Refunds R Us", null, 10_000, DAY));
        screener.add(payment("Refunds R Us", null, -43_880, DAY.plusDays(2)));

        ScreenedSupplier refunds = screener.finish(2, 2, 0).suppliers().get(0);

        assertEquals(
                List.of("Credits equal or exceed payments: net spend -£338.80 over 2 lines"),
                flags(refunds, FlagKind.NET_CREDIT));
        assertFalse(refunds.has(FlagKind.LOW_LEVEL_ONE_OFF));
        assertFalse(refunds.isFlagged(), "a refund is shown, not flagged for enhanced checks");
    }

    @Test
    void linesWithoutADateAreLeftOutOfTheDateChecks() {
        // A supplier-totals file has no dates: one line is a month's total, not one low-level payment.
        screener.add(payment("Totals Only Ltd", null, 30_000, null));
        screener.add(payment("Half Dated Ltd", null, 30_000, DAY));
        screener.add(payment("Half Dated Ltd", null, 30_000, null));

        List<ScreenedSupplier> suppliers = screener.finish(3, 3, 0).suppliers();

        assertTrue(suppliers.stream().noneMatch(s -> s.has(FlagKind.LOW_LEVEL_ONE_OFF)));
        assertEquals(60_000, suppliers.get(0).profile().totalPence(), "undated lines still count towards spend");
    }

    @Test
    void searchesEveryCategoryColumnButCountsOnlyTheMainOneForManyCategories() {
        for (String purpose : List.of("Stationery", "Furniture", "Printing", "Training")) {
            screener.add(new Payment(
                    "Jack Of All Trades",
                    null,
                    null,
                    1_000,
                    DAY,
                    "Finance",
                    purpose,
                    null,
                    null,
                    List.of("Skip hire")));
        }

        ScreenedSupplier jack = screener.finish(4, 4, 0).suppliers().get(0);

        assertTrue(
                jack.profile().categories().contains("Skip hire"),
                jack.profile().categories().toString());
        assertTrue(jack.sectorIds().contains("ENVIRONMENTAL"), jack.sectorHits().toString());
        assertFalse(jack.has(FlagKind.MANY_CATEGORIES), "four purposes, one procurement category");
    }

    @Test
    void keepsTheFirstIssuesAndCountsTheRest() {
        for (int i = 0; i < Screener.MAX_KEPT_ISSUES + 5; i++) {
            screener.add(new org.socaudit.model.InputIssue("big.csv", i + 2, "Amount", "'x' is not an amount"));
        }

        ScreeningResult result = screener.finish(0, 0, 0);

        assertEquals(Screener.MAX_KEPT_ISSUES + 5, result.inputIssueCount());
        assertEquals(Screener.MAX_KEPT_ISSUES, result.inputIssues().size());
    }

    private static List<String> flags(ScreenedSupplier supplier, FlagKind kind) {
        return supplier.flags().stream()
                .filter(f -> f.kind() == kind)
                .map(SupplierFlag::toString)
                .toList();
    }

    private static Payment payment(String name, String company, long pence, LocalDate date) {
        return new Payment(name, company, null, pence, date, "Waste Services", null, null, null);
    }
}
