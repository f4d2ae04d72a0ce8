package org.socaudit.screening;

import java.util.Arrays;

/**
 * A cheap upper bound on the Jaro-Winkler similarity of two strings, whatever the order of their
 * letters: Jaro with every letter they have in common matched and none transposed, then Winkler's
 * boost for their common prefix. It costs a fraction of the real measure, so most unrelated pairs
 * ("CLEANING", "PLUMBING") are never measured.
 */
final class JaroWinklerBound {

    private JaroWinklerBound() {}

    /** The letters of a string, sorted: what the bound needs, worked out once per name. */
    static char[] letters(String s) {
        char[] letters = s.toCharArray();
        Arrays.sort(letters);
        return letters;
    }

    /** The bound for two strings given with their sorted letters. */
    static double atMost(String a, char[] aLetters, String b, char[] bLetters) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < aLetters.length && j < bLetters.length) {
            if (aLetters[i] == bLetters[j]) {
                common++;
                i++;
                j++;
            } else if (aLetters[i] < bLetters[j]) {
                i++;
            } else {
                j++;
            }
        }
        int prefix = 0;
        while (prefix < 4 && prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        double jaro = ((double) common / a.length() + (double) common / b.length() + 1) / 3;
        return jaro + 0.1 * prefix * (1 - jaro);
    }
}
