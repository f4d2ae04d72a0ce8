package org.socaudit.screening;

/** Pence shown as pounds, such as £6,200.00, in the evidence screening gives. */
final class Money {

    private Money() {}

    /**
     * The amount with a pound sign, thousands separated by commas and two decimal places; a credit
     * shows a minus sign before the pound sign. Written out by hand: a flag is worded for each of
     * tens of thousands of suppliers, and a number format object per call cost more than the rest.
     */
    static String format(long pence) {
        StringBuilder text = new StringBuilder(16);
        if (pence < 0) {
            text.append('-');
        }
        // Long.MIN_VALUE has no positive counterpart; its digits are taken from the unsigned value.
        String digits = pence == Long.MIN_VALUE ? Long.toUnsignedString(pence) : Long.toString(Math.abs(pence));
        if (digits.length() < 3) {
            digits = "0".repeat(3 - digits.length()) + digits;
        }
        int pounds = digits.length() - 2;
        text.append('£');
        for (int i = 0; i < pounds; i++) {
            if (i > 0 && (pounds - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.append('.').append(digits, pounds, digits.length()).toString();
    }
}
