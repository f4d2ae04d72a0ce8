package org.socaudit.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** How option values are read: dates as ISO days, money as councils write it, with messages that say what to type. */
final class OptionValues {

    private OptionValues() {}

    /** Registers the converters on a command line and, through it, its subcommands. */
    static void register(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, OptionValues::date);
        commandLine.registerConverter(BigDecimal.class, OptionValues::pounds);
    }

    /** A day written as YYYY-MM-DD. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date: use YYYY-MM-DD, such as 2027-03-31");
        }
    }

    /** An amount of pounds: {@code 5000}, {@code 5,000.00}, {@code £5,000} or {@code GBP 5000}. */
    static BigDecimal pounds(String text) {
        String plain = text.strip().replace("£", "").replace(",", "").replace(" ", "");
        if (plain.regionMatches(true, 0, "GBP", 0, 3)) {
            plain = plain.substring(3);
        }
        if (plain.matches("[0-9]+(\\.[0-9]+)?")) {
            return new BigDecimal(plain);
        }
        throw new TypeConversionException(
                "'" + text + "' is not an amount of pounds: use a number such as 5000 or £5,000");
    }
}
