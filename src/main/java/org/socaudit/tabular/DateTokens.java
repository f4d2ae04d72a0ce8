package org.socaudit.tabular;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The numbers and month name of a date text, in the order written; weekdays and ordinal suffixes dropped. */
final class DateTokens {

    private static final Map<String, Integer> MONTHS = months();
    private static final Set<String> SKIPPED = Set.of(
            "of",
            "mon",
            "monday",
            "tue",
            "tues",
            "tuesday",
            "wed",
            "weds",
            "wednesday",
            "thu",
            "thur",
            "thurs",
            "thursday",
            "fri",
            "friday",
            "sat",
            "saturday",
            "sun",
            "sunday");
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

    private final int[] values = new int[3];
    private final int[] digits = new int[3];
    private final boolean[] named = new boolean[3];
    private int size;

    private DateTokens() {}

    /** The tokens of a date text, or null when it holds anything a date does not. */
    static DateTokens of(String text) {
        DateTokens tokens = new DateTokens();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                if (i - start > 4 || !tokens.add(Integer.parseInt(text, start, i, 10), i - start, false)) {
                    return null;
                }
            } else if (Character.isLetter(c)) {
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (!tokens.addWord(text.substring(start, i), start > 0 && isDigit(text.charAt(start - 1)))) {
                    return null;
                }
            } else if (c == ' ' || c == ',' || c == '/' || c == '-' || c == '.' || c == '\u00A0') {
                i++;
            } else {
                return null;
            }
        }
        return tokens;
    }

    int size() {
        return size;
    }

    /** The date the tokens name; throws DateTimeException for an impossible one such as 31/02/2020. */
    LocalDate toDate() {
        if (named[1]) {
            // 18 July 2019, 18-Jul-19, or 2019-Jul-18
            return digits[0] == 4
                    ? date(values[0], values[1], values[2], 4)
                    : date(values[2], values[1], values[0], digits[2]);
        }
        if (named[0]) {
            // April 29, 2022 (the long form with the month first)
            return date(values[2], values[0], values[1], digits[2]);
        }
        if (named[2]) {
            return null;
        }
        // 2019-07-18, else UK day/month/year
        return digits[0] == 4
                ? date(values[0], values[1], values[2], 4)
                : date(values[2], values[1], values[0], digits[2]);
    }

    private boolean add(int value, int digitCount, boolean isMonthName) {
        if (size == 3) {
            return false;
        }
        values[size] = value;
        digits[size] = digitCount;
        named[size] = isMonthName;
        size++;
        return true;
    }

    private boolean addWord(String word, boolean afterDigits) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (afterDigits && ORDINALS.contains(lower) || SKIPPED.contains(lower)) {
            return true;
        }
        Integer month = MONTHS.get(lower);
        return month != null && add(month, 0, true);
    }

    private static Map<String, Integer> months() {
        String[] names = {
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december"
        };
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }

    private static LocalDate date(int year, int month, int day, int yearDigits) {
        if (yearDigits == 2) {
            // Council ledgers are recent: 00-69 are this century, 70-99 the last.
            return LocalDate.of(year < 70 ? 2000 + year : 1900 + year, month, day);
        }
        if (yearDigits != 4) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
