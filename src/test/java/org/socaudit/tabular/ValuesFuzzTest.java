package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.socaudit.model.Pounds;

/**
 * Fuzzes the amount and date parsers, which run on every line of every spending file. The
 * properties: no text makes them throw; an amount read is within what fifteen whole digits allow,
 * and a thousands separator only ever splits groups of three; any amount the toolkit writes reads
 * back the same; a date read is a real date, and the payment range check agrees with its year.
 */
class ValuesFuzzTest {

    private static final long MOST_PENCE = 99_999_999_999_999_999L;

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void amountsReadOrRefuseWithoutGuessing(FuzzedDataProvider data) {
        long written = data.consumeLong(-MOST_PENCE, MOST_PENCE);
        String text = data.consumeRemainingAsString();

        OptionalLong pence = Amounts.pence(text);
        if (pence.isPresent()) {
            assertTrue(Math.abs(pence.getAsLong()) <= MOST_PENCE, text);
            assertGroupsOfThree(text);
        }
        assertEquals(written, Amounts.pence(new Pounds(written).toString()).orElseThrow());
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void datesReadOrRefuseAndTheRangeCheckAgrees(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        LocalDate date = new DateParser().parse(text);
        if (date != null) {
            int year = date.getYear();
            assertEquals(
                    year >= DateParser.FIRST_PAYMENT_YEAR && year <= DateParser.LAST_PAYMENT_YEAR,
                    DateParser.isPaymentDate(date),
                    text);
        }
    }

    /** Every comma between two digits of an amount read is followed by exactly three digits. */
    private static void assertGroupsOfThree(String text) {
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        for (int i = 1; i + 1 < whole.length(); i++) {
            if (whole.charAt(i) == ',' && Character.isDigit(whole.charAt(i - 1))) {
                int digits = 0;
                while (i + 1 + digits < whole.length() && isAsciiDigit(whole.charAt(i + 1 + digits))) {
                    digits++;
                }
                assertEquals(3, digits, () -> "a thousands group in " + text);
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
