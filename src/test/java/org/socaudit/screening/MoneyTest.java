package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void showsPenceAsPoundsWithSeparatorsAndTwoPlaces() {
        assertEquals("£0.00", Money.format(0));
        assertEquals("£0.05", Money.format(5));
        assertEquals("£0.50", Money.format(50));
        assertEquals("£5,000.00", Money.format(500_000));
        assertEquals("£999.99", Money.format(99_999));
        assertEquals("£1,234,567.89", Money.format(123_456_789));
        assertEquals("-£250.00", Money.format(-25_000));
        assertEquals("-£0.01", Money.format(-1));
    }

    @Test
    void agreesWithAUkNumberFormatEverywhere() {
        DecimalFormat uk = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        Random random = new Random(20261125);
        long[] edges = {Long.MAX_VALUE, Long.MIN_VALUE, 99, 100, 101, 99_999_999, 100_000_000};
        for (long pence : edges) {
            assertEquals(uk.format(BigDecimal.valueOf(pence, 2)), Money.format(pence), "pence " + pence);
        }
        for (int i = 0; i < 10_000; i++) {
            long pence = random.nextLong() >> random.nextInt(64);
            assertEquals(uk.format(BigDecimal.valueOf(pence, 2)), Money.format(pence), "pence " + pence);
        }
    }
}
