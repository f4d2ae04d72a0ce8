package org.socaudit.companies;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Dates as Companies House's bulk files write them: dd/MM/yyyy in the CSV, yyyy-MM-dd in the JSON. */
final class RegisterDates {

    private RegisterDates() {}

    /** A dd/MM/yyyy date as the number yyyymmdd, or 0 if the text is not such a date; no objects made. */
    static int yyyymmdd(String text) {
        if (text.length() != 10 || text.charAt(2) != '/' || text.charAt(5) != '/') {
            return 0;
        }
        int day = digits(text, 0, 2);
        int month = digits(text, 3, 5);
        int year = digits(text, 6, 10);
        if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1800) {
            return 0;
        }
        return year * 10_000 + month * 100 + day;
    }

    /** A dd/MM/yyyy date, or null if empty or not a real date. */
    static LocalDate parse(String text) {
        int n = yyyymmdd(text.strip());
        return n == 0 ? null : of(n);
    }

    /** A yyyy-MM-dd date, or null if empty or not a real date. */
    static LocalDate parseIso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date for yyyymmdd, or null if there is no such day (31/02). */
    static LocalDate of(int yyyymmdd) {
        try {
            return LocalDate.of(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
