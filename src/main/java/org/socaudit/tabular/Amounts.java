package org.socaudit.tabular;

import java.util.OptionalLong;

/**
 * Reads money as councils write it ({@code 1,000.00}, {@code 1 000.00}, {@code £1,000},
 * {@code GBP 1,000}, {@code (250.00)}, {@code -250}, {@code 250-}, and ledger credit and debit marks
 * {@code 250.00CR}, {@code 250.00 DR}) into pence, rounding half up past two decimals. A comma or
 * space between digits is a thousands separator only where it splits the whole pounds into groups
 * of three ({@code 1,234,567}) and the leading group does not start with 0; {@code 1,50},
 * {@code 1,,2}, {@code 1 000,50} or {@code 0,500} (a European half) are not amounts, since reading
 * them would guess. One sign only: a minus inside parentheses or beside a CR or DR mark
 * ({@code (-250)}, {@code -250DR}) doubles or contradicts it, so it is not an amount either. A
 * character scan, not a regular expression, because it runs once for every payment.
 */
final class Amounts {

    /**
     * The largest amount one line may carry: £10,000,000,000 in pence, over a hundred times the
     * largest single payment in the real council files the tests read (£73.7 million, TfL). Lines
     * above it are refused, so that no sum of a file's lines can overflow.
     */
    static final long MAX_PENCE = 1_000_000_000_000L;

    // More integer digits than this could overflow pence in a long; no council pays that much.
    private static final int MAX_DIGITS = 15;

    private Amounts() {}

    /** The amount in pence, or empty when the text is not an amount. */
    static OptionalLong pence(String text) {
        int start = 0;
        int end = text.length();
        boolean negative = false;
        // Whether parentheses or a CR/DR mark already give the sign; a minus sign is then refused.
        boolean signMarked = false;
        int mark = creditMark(text, end);
        if (mark != 0) {
            negative = mark < 0;
            signMarked = true;
            end -= 2;
        }
        if (end - start >= 2 && text.charAt(start) == '(' && text.charAt(end - 1) == ')') {
            negative = true;
            signMarked = true;
            start++;
            end--;
        }
        Scan scan = new Scan();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (scan.ended || !scan.digit(c)) {
                    return OptionalLong.empty();
                }
            } else if (c == '.' && scan.decimals < 0) {
                if (!scan.groupsClosed()) {
                    return OptionalLong.empty();
                }
                scan.decimals = 0;
            } else if (isSeparator(c) && isDigit(text, i - 1) && isDigit(text, i + 1)) {
                if (!scan.separator(c)) {
                    return OptionalLong.empty();
                }
            } else if ((c == '-' || c == '+')
                    && !scan.signSeen
                    && !(c == '-' && signMarked)
                    && (scan.digits == 0 || isTail(text, i + 1, end))) {
                scan.signSeen = true;
                negative |= c == '-';
                scan.end();
            } else if (c == '\u00A3' || c == ' ' || c == '\u00A0') {
                scan.end();
            } else if ((c == 'G' || c == 'g') && text.regionMatches(true, i, "GBP", 0, 3)) {
                i += 2;
                scan.end();
            } else {
                return OptionalLong.empty();
            }
        }
        if (scan.digits == 0 && scan.decimals <= 0 || !scan.groupsClosed()) {
            return OptionalLong.empty();
        }
        long pence = scan.pence();
        return OptionalLong.of(negative ? -pence : pence);
    }

    /** Whether an amount read by {@link #pence} is too large for one line (see {@link #MAX_PENCE}). */
    static boolean isTooLarge(long pence) {
        return pence > MAX_PENCE || pence < -MAX_PENCE;
    }

    /** The digits read so far and where the thousands groups stand. */
    private static final class Scan {
        long whole;
        int digits;
        // Whether the whole pounds start with 0: then a comma or space in them is no thousands separator.
        boolean leadingZero;
        int decimals = -1;
        long fraction;
        boolean roundUp;
        boolean signSeen;
        // Whether the number has ended: a sign, currency or space after its digits; no digit may follow.
        boolean ended;
        // The thousands separator in use ('\0' for none, ' ' for any space) and the digits since it.
        char separator;
        int group;

        /** Takes a digit; false when there are too many whole digits or a thousands group grows past three. */
        boolean digit(char c) {
            if (decimals >= 0) {
                if (decimals < 2) {
                    fraction = fraction * 10 + (c - '0');
                } else if (decimals == 2) {
                    roundUp = c >= '5';
                }
                decimals++;
                return true;
            }
            if (++digits > MAX_DIGITS || separator != 0 && ++group > 3) {
                return false;
            }
            leadingZero |= digits == 1 && c == '0';
            whole = whole * 10 + (c - '0');
            return true;
        }

        /**
         * Takes a comma or space between two digits: only between whole-pound groups, one kind per
         * amount, after a leading group of one to three digits that does not start with 0 ({@code 0,500}
         * and {@code 000,500} are the European way of writing a half).
         */
        boolean separator(char c) {
            char kind = c == ',' ? ',' : ' ';
            if (decimals >= 0 || separator != 0 && (separator != kind || group != 3)) {
                return false;
            }
            if (separator == 0 && (digits > 3 || leadingZero)) {
                return false;
            }
            separator = kind;
            group = 0;
            return true;
        }

        /** Marks the number as ended if its digits have begun. */
        void end() {
            ended |= digits > 0 || decimals >= 0;
        }

        /** Whether the last thousands group, if any, has its three digits. */
        boolean groupsClosed() {
            return separator == 0 || group == 3 || decimals >= 0;
        }

        long pence() {
            int kept = Math.min(Math.max(decimals, 0), 2);
            return whole * 100 + (kept == 0 ? 0 : kept == 1 ? fraction * 10 : fraction) + (roundUp ? 1 : 0);
        }
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ' ' || c == '\u00A0';
    }

    private static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
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
