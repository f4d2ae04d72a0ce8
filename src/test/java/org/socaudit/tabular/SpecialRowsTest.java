package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialRowsTest {

    @Test
    void aRowOfSpacesAndMarksIsFiller() {
        assertTrue(SpecialRows.isFiller(Arrays.asList("", null, "\u2020\u2020\u2020 ", " - ")));
        assertFalse(SpecialRows.isFiller(List.of("", "A")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Total | - | 100.00 | TOTAL",
                "Grand Total | - | 100.00 | TOTAL",
                "SUB-TOTAL | - | 100.00 | TOTAL",
                "Lambeth | - | 100.00 | PAYMENT",
                "- | Total | 100.00 | TOTAL",
                "- | Totals for Housing | 100.00 | TOTAL",
                "- | Total Gas & Power Ltd | 100.00 | PAYMENT",
                "Total for Housing | - | 100.00 | TOTAL",
                "Housing | Total Gas & Power Ltd | 100.00 | PAYMENT",
                "Housing | Total | 100.00 | TOTAL",
                "Housing | Total April 2023 | 100.00 | TOTAL",
                "Housing | Total - April | 100.00 | TOTAL",
                "Housing | Totals (excl VAT) | 100.00 | TOTAL",
                "Housing | Grand total for April | 100.00 | TOTAL",
                "Housing | TOTAL PAYMENTS Q1 | 100.00 | TOTAL",
                "Housing | Page 1 Total | 100.00 | TOTAL",
                "Housing | Total Fitness | 100.00 | PAYMENT",
                "Housing | TotalEnergies Gas & Power Ltd | 100.00 | PAYMENT",
                "- | - | 123456.78 | TOTAL",
                "Housing | Tesco Stores Ltd | 100.00 | PAYMENT",
                "(c) Copyright 2021 | - | - | NOTE",
                "Housing | - | - | NOTE",
                "- | Notes | 100.00 | PAYMENT"
            })
    void tellsTotalsAndNotesFromPayments(String first, String name, String amount, SpecialRows.Kind kind) {
        assertEquals(kind, SpecialRows.kind(Arrays.asList(first, name, amount), 1, 2));
    }

    @Test
    void aNamelessRowWithMoreThanANoteGoesOnToBeReported() {
        assertEquals(SpecialRows.Kind.PAYMENT, SpecialRows.kind(Arrays.asList("Housing", null, null, "Skips"), 1, 2));
        assertEquals(
                SpecialRows.Kind.PAYMENT, SpecialRows.kind(Arrays.asList("Note", null), 1, -1), "no amount column");
    }

    @Test
    void splitsADateAndAmountRunTogetherInARowOneCellShort() {
        List<String> row = List.of("Lambeth", "A A GuestHouses", "25/06/2012900", "PRIVATE RESIDENTIAL CARE");

        assertEquals(
                List.of("Lambeth", "A A GuestHouses", "25/06/2012", "900", "PRIVATE RESIDENTIAL CARE"),
                SpecialRows.splitRunTogether(row, 5, 2, 3, new DateParser()));
        assertEquals(
                List.of("Solo Builders Ltd", "25/06/23", "1250.00", "Goods"),
                SpecialRows.splitRunTogether(
                        List.of("Solo Builders Ltd", "25/06/231250.00", "Goods"), 4, 1, 2, new DateParser()),
                "a two-digit year: 2312 is no year of a ledger");
        assertEquals(
                List.of("x", "25-Jun-23", "900", "y"),
                SpecialRows.splitRunTogether(List.of("x", "25-Jun-23900", "y"), 4, 1, 2, new DateParser()));
        assertEquals(
                List.of("x", "1/4/23", "500"),
                SpecialRows.splitRunTogether(List.of("x", "1/4/23500"), 3, 1, 2, new DateParser()));
        assertEquals(
                List.of("x", "2012-06-25", "-12.50"),
                SpecialRows.splitRunTogether(List.of("x", "2012-06-25-12.50"), 3, 1, 2, new DateParser()));
    }

    @Test
    void leavesOtherShortRowsAlone() {
        DateParser dates = new DateParser();
        assertNull(
                SpecialRows.splitRunTogether(List.of("A Ltd", "25/06/2012"), 3, 1, 2, dates), "nothing after the date");
        assertNull(SpecialRows.splitRunTogether(List.of("A Ltd", "25/06/2012x"), 3, 1, 2, dates), "not an amount");
        assertNull(SpecialRows.splitRunTogether(List.of("A Ltd", "25/06/2012900"), 4, 1, 2, dates), "two cells short");
        assertNull(
                SpecialRows.splitRunTogether(List.of("A Ltd", "25/06/2012900"), 3, 1, 0, dates),
                "the amount is not the next column");
    }
}
