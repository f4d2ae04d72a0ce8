package org.socaudit.tabular;

import java.util.OptionalLong;

/**
 * Reads money as councils write it ({@code 1,000.00}, {@code £1,000}, {@code GBP 1,000},
 * {@code (250.00)}, {@code -250}, {@code 250-}, and ledger credit and debit marks {@code 250.00CR},
 * {@code 250.00 DR}) into pence, rounding half up past two decimals. A
 * character scan, not a regular expression, because it runs once for every payment.
 */
final class Amounts {

    // More integer digits than this could overflow pence in a long; no council pays that much.
    private static final int MAX_DIGITS = 15;

    private Amounts() {}

    /** The amount in pence, or empty when the text is not an amount. */
    static OptionalLong pence(String text) {
        int start = 0;
        int end = text.length();
        boolean negative = false;
        int mark = creditMark(text, end);
        if (mark != 0) {
            negative = mark < 0;
            end -= 2;
        }
        if (end - start >= 2 && text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
            negative = true;
            start++;
            end--;
        }
        long whole = 0;
        int digits = 0;
        int decimals = -1;
        long fraction = 0;
        boolean roundUp = false;
        boolean signSeen = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (decimals < 0) {
                    if (++digits > MAX_DIGITS) {
                        return OptionalLong.empty();
                    }
                    whole = whole * 10 + (c - '0');
                } else {
                    if (decimals < 2) {
                        fraction = fraction * 10 + (c - '0');
                    } else if (decimals == 2) {
                        roundUp = c >= '5';
                    }
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c == ',' && decimals < 0 && digits > 0) {
                continue;
            } else if ((c == '-' || c == '+') && !signSeen && (digits == 0 || isTail(text, i + 1, end))) {
                signSeen = true;
                negative |= c == '-';
            } else if (c == '\u00A3' || c == ' ' || c == '\u00A0') {
                continue;
            } else if ((c == 'G' || c == 'g') && text.regionMatches(true, i, "GBP", 0, 3)) {
                i += 2;
            } else {
                return OptionalLong.empty();
            }
        }
        if (digits == 0 && decimals <= 0) {
            return OptionalLong.empty();
        }
        int kept = Math.min(Math.max(decimals, 0), 2);
        long pence = whole * 100 + (kept == 0 ? 0 : kept == 1 ? fraction * 10 : fraction) + (roundUp ? 1 : 0);
        return OptionalLong.of(negative ? -pence : pence);
    }

    /** -1 for a trailing "CR" (a credit), 1 for "DR" (a debit), 0 for neither; after a digit or a space. */
    private static int creditMark(String text, int end) {
        if (end < 3 || (text.charAt(end - 1) | 0x20) != 'r') {
            return 0;
        }
        char before = text.charAt(end - 3);
        if (!(before >= '0' && before <= '9' || before == ' ')) {
            return 0;
        }
        if (text.regionMatches(true, end - 2, "CR", 0, 2)) {
            return -1;
        }
        return text.regionMatches(true, end - 2, "DR", 0, 2) ? 1 : 0;
    }

    /** Whether only spaces, a currency sign or nothing follow: a trailing minus, as some ledgers print credits. */
    private static boolean isTail(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
