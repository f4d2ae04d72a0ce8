package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "1899-12-31", "2201-01-01"})
    void refusesADayOutsideTheAcceptedRangeSayingWhatItIs(String text) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> OptionValues.date(text));

        assertTrue(e.getMessage().contains("outside the dates accepted, 1900-01-01 to 2200-12-31"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.004", "5000.001"})
    void refusesFractionsOfAPenny(String text) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> OptionValues.pounds(text));

        assertTrue(e.getMessage().contains("fraction of a penny"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "1000000000.01"})
    void refusesAmountsBeyondTheLargestAccepted(String text) {
        TypeConversionException e = assertThrows(TypeConversionException.class, () -> OptionValues.pounds(text));

        assertTrue(e.getMessage().contains("more than the largest amount accepted, £1,000,000,000"), e.getMessage());
    }

    @Test
    void outOfRangeOptionsAreUsageErrors() {
        for (String option :
                new String[] {"--low-value=0.004", "--low-value=1e30", "--low-value=99999999999999999999"}) {
            CliRun run = CliRun.of("screen", "--payments", "none.csv", option);
            assertEquals(2, run.exitCode(), option + ": " + run.err());
        }
        CliRun asOf = CliRun.of("audit-report", "--programme", "none.xlsx", "--as-of=+999999999-12-31");
        assertEquals(2, asOf.exitCode(), asOf.err());
        assertTrue(asOf.err().contains("outside the dates accepted"), asOf.err());
    }
}
