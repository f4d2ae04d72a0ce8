package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest(name = "[{0}] is {1} pence")
    @CsvSource(
            delimiter = '|',
            value = {
                "1,000.00|100000",
                "£1,000|100000",
                "GBP 1,000|100000",
                "1,000 GBP|100000",
                "gbp1000.5|100050",
                "(250.00)|-25000",
                "-250|-25000",
                "250-|-25000",
                "-£250.00|-25000",
                "£-250.00|-25000",
                "+12.34|1234",
                "1 234.56|123456",
                "709.6|70960",
                "0.5|50",
                ".5|50",
                "12.345|1235",
                "12.344|1234",
                "12.3449|1234",
                "-12.345|-1235",
                "(£1,234.567)|-123457",
                "0|0",
                "999999999999999.99|99999999999999999",
                "1,234,567.89|123456789",
                "1 234 567|123456700",
                "100 200|10020000",
                "1\u00A0234.50|123450",
                "12,345|1234500",
                "123,456.7|12345670",
                "1,000 GBP|100000",
                "£ 1,000.00 CR|-100000",
                "250DR|25000",
                "+250CR|-25000",
                "(+250)|-25000",
                "0.50|50",
                "-0.50|-50",
                "(0.50)|-50",
                "1,000,500|100050000",
                "10,050|1005000"
            })
    void readsAmountsAsPence(String text, long pence) {
        assertEquals(pence, Amounts.pence(text).orElseThrow());
    }

    @ParameterizedTest(name = "[{0}] is not an amount")
    @ValueSource(
            strings = {
                "",
                "-",
                "£",
                "ten pounds",
                "1.2.3",
                "12a",
                "1,000.00.00",
                "--5",
                "5 - 3",
                "1.000,00",
                "1e5",
                "1,50",
                "1,,,,2",
                "1 000,50",
                "1,2345",
                "1234,567",
                "1,234 567",
                "1,000,",
                ",100",
                "12.34 5",
                "1,23.45",
                "1, 000",
                "230,56GBP7",
                "12GBP34",
                "1£000",
                "1,000 5",
                "0,500",
                "000,500",
                "0 500",
                "0,500.00",
                "£0,500",
                "01,000",
                "0,000,500",
                "-250DR",
                "-250CR",
                "250-DR",
                "-250 CR",
                "(-250)",
                "(250-)",
                "(-£250.00)"
            })
    void refusesWhatIsNotAnAmount(String text) {
        assertTrue(Amounts.pence(text).isEmpty());
    }

    @ParameterizedTest(name = "[{0}] is too large for one line")
    @ValueSource(strings = {"10000000000.01", "-10000000000.01", "999999999999999.99"})
    void marksAmountsAboveTheLineMaximumAsTooLarge(String text) {
        assertTrue(Amounts.isTooLarge(Amounts.pence(text).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000000000", "-10000000000", "73717376.38"})
    void takesAmountsUpToTheLineMaximum(String text) {
        assertFalse(Amounts.isTooLarge(Amounts.pence(text).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000", "12345678901234567890"})
    void refusesAmountsTooLargeForPence(String text) {
        assertTrue(Amounts.pence(text).isEmpty());
    }
}
