package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class OptionValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"5000 | 5000", "£5,000 | 5000", "5,000.50 | 5000.50", "GBP 750 | 750", " £ 1,000,000 | 1000000"})
    void readsPoundsAsCouncilsWriteThem(String text, BigDecimal expected) {
        assertEquals(0, expected.compareTo(OptionValues.pounds(text)));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "five", "-5", "£", "5.0.0", "1e3"})
    void refusesWhatIsNotAnAmountWithWhatToType(String text) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> OptionValues.pounds(text));

        assertTrue(e.getMessage().contains("use a number such as 5000 or £5,000"), e.getMessage());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"03/12/2026", "2026-13-01", "3 Dec 2026", ""})
    void refusesADateThatIsNotIsoWithTheFormToUse(String text) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> OptionValues.date(text));

        assertTrue(e.getMessage().contains("use YYYY-MM-DD"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2027-03-31", " 2027-03-31 "})
    void readsAnIsoDay(String text) {
        assertEquals(LocalDate.of(2027, 3, 31), OptionValues.date(text));
    }
}
