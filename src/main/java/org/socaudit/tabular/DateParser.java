package org.socaudit.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the dates councils publish: ISO (with or without a time), UK day/month/year with '/', '-'
 * or '.', two-digit years, month names ({@code 18-Jul-2019}, {@code 18 July 2019}) and long forms
 * such as {@code Friday, April 29, 2022}, compact {@code 20190718}, and Excel's serial day numbers
 * ({@code 43664}, from a workbook cell without a date format or a CSV saved from one). A file has
 * few distinct dates, so each text is parsed once.
 */
final class DateParser {

    private static final LocalDate UNPARSEABLE = LocalDate.MIN;
    // Excel counts days from 30/12/1899 (its 1900 leap-year bug makes serials from March 1900 agree).
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    // Serial days 1 January 1950 to 31 December 2099: other five-digit numbers in a date column are not dates.
    private static final int FIRST_SERIAL = 18_264;
    private static final int LAST_SERIAL = 73_050;
    // A bound on the cache, so a file of all-distinct date-times cannot grow it without limit.
    private static final int CACHE_LIMIT = 10_000;

    /** Payment dates outside these years are mistakes (a year typed wrong, an empty date exported as 0001-01-01). */
    static final int FIRST_PAYMENT_YEAR = 1990;

    static final int LAST_PAYMENT_YEAR = 2100;

    private final Map<String, LocalDate> cache = new HashMap<>();

    /** Whether a date read is one a payment can have (see {@link #FIRST_PAYMENT_YEAR}). */
    static boolean isPaymentDate(LocalDate date) {
        return date.getYear() >= FIRST_PAYMENT_YEAR && date.getYear() <= LAST_PAYMENT_YEAR;
    }

    /** The date, or null when the text is not a date this parser knows. */
    LocalDate parse(String text) {
        LocalDate date = cache.get(text);
        if (date == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            date = parseUncached(text);
            cache.put(text, date == null ? UNPARSEABLE : date);
        }
        return date == UNPARSEABLE ? null : date;
    }

    private static LocalDate parseUncached(String text) {
        if (isNumber(text)) {
            return number(text);
        }
        DateTokens tokens = DateTokens.of(withoutTime(text));
        if (tokens == null || tokens.size() != 3) {
            return null;
        }
        try {
            return tokens.toDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date written as digits alone: yyyymmdd, or an Excel serial day (with a time as its fraction). */
    private static LocalDate number(String text) {
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        try {
            if (whole.length() == 8 && point < 0) {
                return LocalDate.of(
                        Integer.parseInt(whole, 0, 4, 10),
                        Integer.parseInt(whole, 4, 6, 10),
                        Integer.parseInt(whole, 6, 8, 10));
            }
            if (whole.length() == 5) {
                int serial = Integer.parseInt(whole);
                return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? EXCEL_EPOCH.plusDays(serial) : null;
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static boolean isNumber(String text) {
        int points = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                points++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return points <= 1 && text.length() > points && text.charAt(0) != '.';
    }

    /** The text before a time of day: cut at the 'T' or space that comes before the first ':'. */
    private static String withoutTime(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return text;
        }
        for (int i = colon - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == 'T') {
                return text.substring(0, i);
            }
        }
        return text;
    }
}
