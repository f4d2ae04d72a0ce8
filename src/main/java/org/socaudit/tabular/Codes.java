package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Pulls SIC and CPV codes out of a cell that may hold several, separated any way and mixed with
 * titles ({@code 49320 - Taxi operation; 49390}). Codes are kept as written; the caller decides
 * which are valid.
 */
final class Codes {

    private Codes() {}

    /** Every run of 4 or 5 digits, in order, without repeats. */
    static List<String> sic(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        int i = 0;
        while (i < text.length()) {
            int end = digitsEnd(text, i);
            if (end == i) {
                i++;
                continue;
            }
            if (end - i == 4 || end - i == 5) {
                addOnce(codes, text.substring(i, end));
            }
            i = end;
        }
        return codes;
    }

    /** Every run of 8 digits, with its check digit when written as {@code 45000000-7}, in order, without repeats. */
    static List<String> cpv(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        int i = 0;
        while (i < text.length()) {
            int end = digitsEnd(text, i);
            if (end == i) {
                i++;
                continue;
            }
            if (end - i == 8) {
                boolean check =
                        end + 1 < text.length() && text.charAt(end) == '-' && digitsEnd(text, end + 1) == end + 2;
                addOnce(codes, text.substring(i, check ? end + 2 : end));
                end = check ? end + 2 : end;
            }
            i = end;
        }
        return codes;
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static void addOnce(List<String> codes, String code) {
        if (!codes.contains(code)) {
            codes.add(code);
        }
    }
}
