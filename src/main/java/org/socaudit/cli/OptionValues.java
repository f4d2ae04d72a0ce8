package org.socaudit.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** How option values are read: dates as ISO days, money as councils write it, with messages that say what to type. */
final class OptionValues {

    /** The days an option may name: beyond them a date is a typing mistake. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2200, 12, 31);

    /** The largest amount an option may give: far beyond any council's low-value threshold. */
    static final BigDecimal MAX_POUNDS = new BigDecimal("1000000000");

    private OptionValues() {}

    /** Registers the converters on a command line and, through it, its subcommands. */
    static void register(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, OptionValues::date);
        commandLine.registerConverter(BigDecimal.class, OptionValues::pounds);
    }

    /** A day written as YYYY-MM-DD, from 1900 to 2200. */
    static LocalDate date(String text) {
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date: use YYYY-MM-DD, such as 2027-03-31");
        }
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new TypeConversionException(
                    "'" + text + "' is outside the dates accepted, " + FIRST_DAY + " to " + LAST_DAY);
        }
        return day;
    }

    /** An amount of pounds: {@code 5000}, {@code 5,000.00}, {@code £5,000} or {@code GBP 5000}. */
    static BigDecimal pounds(String text) {
        String plain = text.strip().replace("£", "").replace(",", "").replace(" ", "");
        if (plain.regionMatches(true, 0, "GBP", 0, 3)) {
            plain = plain.substring(3);
        }
        if (plain.matches("[0-9]{1,30}(\\.[0-9]{1,30})?")) {
            BigDecimal pounds = new BigDecimal(plain);
            if (pounds.stripTrailingZeros().scale() > 2) {
                throw new TypeConversionException(
                        "'" + text + "' has a fraction of a penny: use pounds and pence," + " such as 5000 or 4999.99");
            }
            if (pounds.compareTo(MAX_POUNDS) > 0) {
                throw new TypeConversionException("'" + text + "' is more than the largest amount accepted, £"
                        + String.format("%,d", MAX_POUNDS.longValue()));
            }
            return pounds;
        }
        throw new TypeConversionException(
                "'" + text + "' is not an amount of pounds: use a number such as 5000 or £5,000");
    }
}
