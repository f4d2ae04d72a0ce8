package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                "999999999999999.99|99999999999999999"
            })
    void readsAmountsAsPence(String text, long pence) {
        assertEquals(pence, Amounts.pence(text).orElseThrow());
    }

    @ParameterizedTest(name = "[{0}] is not an amount")
    @ValueSource(
            strings = {"", "-", "£", "ten pounds", "1.2.3", "12a", "1,000.00.00", "--5", "5 - 3", "1.000,00", "1e5"})
    void refusesWhatIsNotAnAmount(String text) {
        assertTrue(Amounts.pence(text).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000000", "12345678901234567890"})
    void refusesAmountsTooLargeForPence(String text) {
        assertTrue(Amounts.pence(text).isEmpty());
    }
}
