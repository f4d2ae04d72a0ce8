package org.socaudit.tabular;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the dates councils publish: ISO (with or without a time), UK day/month/year with '/', '-'
 * or '.', two-digit years, month names ({@code 18-Jul-2019}, {@code 18 July 2019}) and long forms
 * such as {@code Friday, April 29, 2022}. A file has few distinct dates, so each text is parsed once.
 */
final class DateParser {

    private static final LocalDate UNPARSEABLE = LocalDate.MIN;
    // A bound on the cache, so a file of all-distinct date-times cannot grow it without limit.
    private static final int CACHE_LIMIT = 10_000;

    private final Map<String, LocalDate> cache = new HashMap<>();

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
