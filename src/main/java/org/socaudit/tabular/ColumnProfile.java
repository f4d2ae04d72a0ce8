package org.socaudit.tabular;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the first data rows of one column hold: how many cells read as money, as dates, as names of
 * organisations or people, as codes; how many distinct values. Used to tell, say, a supplier name
 * from a supplier number whatever the headers say.
 */
final class ColumnProfile {

    /** Fewer filled cells than this prove nothing either way. */
    static final int EVIDENCE = 3;

    private static final int DISTINCT_LIMIT = 1000;
    private static final Set<String> LEGAL_WORDS = Set.of(
            "ltd",
            "limited",
            "plc",
            "llp",
            "lp",
            "cic",
            "inc",
            "llc",
            "co",
            "company",
            "corporation",
            "trust",
            "association",
            "society",
            "services",
            "group",
            "holdings",
            "partnership",
            "council",
            "uk",
            "t/a");

    // Hashes rather than texts, so that long cells are not kept.
    private final Set<Integer> distinct = new HashSet<>();
    private int rows;
    private int filled;
    private int money;
    private int withDecimals;
    private int longIntegers;
    private int dates;
    private int numericDates;
    private int names;
    private int legalForms;

    /** Adds one data row's cell, which may be null. */
    void add(String cell, DateParser parser) {
        rows++;
        String text = Text.trim(cell);
        if (text == null || !hasLetterOrDigit(text)) {
            return;
        }
        filled++;
        if (distinct.size() < DISTINCT_LIMIT) {
            distinct.add(text.toLowerCase(Locale.ROOT).hashCode());
        }
        boolean plain = isPlainNumber(text);
        if (plain) {
            if (parser.parse(text) != null) {
                numericDates++;
            }
            if (text.length() >= 6 && text.indexOf('.') < 0) {
                longIntegers++;
            }
        } else if (parser.parse(text) != null) {
            dates++;
            return;
        }
        if (Amounts.pence(text).isPresent()) {
            money++;
            if (text.indexOf('.') >= 0) {
                withDecimals++;
            }
            return;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        if (letters >= 3 && letters * 10 >= text.replace(" ", "").length() * 4) {
            names++;
            if (hasLegalWord(text)) {
                legalForms++;
            }
        }
    }

    int filled() {
        return filled;
    }

    int rows() {
        return rows;
    }

    boolean hasEvidence() {
        return filled >= EVIDENCE;
    }

    double moneyShare() {
        return share(money);
    }

    double decimalShare() {
        return share(withDecimals);
    }

    double longIntegerShare() {
        return share(longIntegers);
    }

    /** Dates written as dates; with {@code numbersToo}, plain numbers (Excel serials, yyyymmdd) as well. */
    double dateShare(boolean numbersToo) {
        return share(dates + (numbersToo ? numericDates : 0));
    }

    double nameShare() {
        return share(names);
    }

    double legalShare() {
        return share(legalForms);
    }

    int distinct() {
        return distinct.size();
    }

    /** The share of filled cells among the rows seen. */
    double fill() {
        return rows == 0 ? 0 : (double) filled / rows;
    }

    private double share(int count) {
        return filled == 0 ? 0 : (double) count / filled;
    }

    private static boolean isPlainNumber(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != '.') {
                return false;
            }
        }
        return digits > 0;
    }

    private static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLegalWord(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z/&]+")) {
            if (LEGAL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
