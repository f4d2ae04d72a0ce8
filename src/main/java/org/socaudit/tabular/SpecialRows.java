package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rows of a published file that are not payments: filler rows with nothing in them but spaces or
 * marks, totals rows ("Total", "Grand Total"), notes under the table, and rows where a lost separator ran the date and
 * the amount together in one cell ({@code 25/06/2012900}).
 */
final class SpecialRows {

    private static final Set<String> TOTALS = Set.of(
            "total",
            "totals",
            "grand total",
            "grand totals",
            "sub total",
            "subtotal",
            "report total",
            "overall total",
            "page total",
            "net total",
            "total spend",
            "total amount",
            "total payments",
            "total expenditure",
            "sum total");
    private static final int LONGEST_TOTAL = 40;
    // The lengths of the dates a ledger may print: 18/07/2019, 2019-07-18, 18-Jul-2019, 18/07/19, 18-Jul-19.
    private static final int[] DATE_LENGTHS = {10, 11, 8, 9};

    private SpecialRows() {}

    /** Whether no cell holds a letter or a digit: a blank or filler row. */
    static boolean isFiller(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell != null) {
                for (int j = 0; j < cell.length(); j++) {
                    if (Character.isLetterOrDigit(cell.charAt(j))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** What a data row is. */
    enum Kind {
        PAYMENT,
        TOTAL,
        NOTE
    }

    /**
     * Whether a row with something in it is a payment, a total (its name cell says "Total" or the
     * like, or its name cell is blank and another cell starts with such a word) or, in a file with
     * amounts, a note such as a copyright line (no name, no amount, at most one cell filled). Runs
     * for every line, so the usual case, a name that cannot be a totals label, is settled by its
     * first letter.
     */
    static Kind kind(List<String> cells, int nameColumn, int amountColumn) {
        String raw = nameColumn >= 0 && nameColumn < cells.size() ? cells.get(nameColumn) : null;
        char first = firstLetter(raw);
        if (first != 0 && "tgsropnTGSROPN".indexOf(first) < 0) {
            return Kind.PAYMENT;
        }
        String name = Text.trim(raw);
        if (name != null) {
            String words = name.length() <= LONGEST_TOTAL ? words(name) : "";
            return TOTALS.contains(words) || words.startsWith("total for ") || words.startsWith("totals for ")
                    ? Kind.TOTAL
                    : Kind.PAYMENT;
        }
        for (String cell : cells) {
            String text = Text.trim(cell);
            if (text != null && text.length() < 200) {
                String words = words(text);
                if (TOTALS.contains(words) || words.startsWith("total ") || words.startsWith("grand total")) {
                    return Kind.TOTAL;
                }
            }
        }
        return amountColumn >= 0 && cell(cells, amountColumn) == null && filled(cells) <= 1 ? Kind.NOTE : Kind.PAYMENT;
    }

    /** The first character of a cell that is not a space, or 0 when there is none or it is not a letter or digit. */
    private static char firstLetter(String cell) {
        if (cell == null) {
            return 0;
        }
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c > ' ' && c != '\u00A0' && c != '\uFEFF') {
                return Character.isLetterOrDigit(c) ? c : 0;
            }
        }
        return 0;
    }

    private static int filled(List<String> cells) {
        int filled = 0;
        for (String cell : cells) {
            if (Text.trim(cell) != null) {
                filled++;
            }
        }
        return filled;
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? Text.trim(cells.get(column)) : null;
    }

    /**
     * A row one cell short of the header whose date cell, just before the amount cell, holds a date
     * and an amount run together: the row with that cell split in two, or null when it is not so.
     */
    static List<String> splitRunTogether(
            List<String> cells, int width, int dateColumn, int amountColumn, DateParser dates) {
        if (cells.size() != width - 1
                || dateColumn < 0
                || amountColumn != dateColumn + 1
                || dateColumn >= cells.size()) {
            return null;
        }
        String cell = Text.trim(cells.get(dateColumn));
        if (cell == null || dates.parse(cell) != null) {
            return null;
        }
        for (int length : DATE_LENGTHS) {
            if (cell.length() > length
                    && dates.parse(cell.substring(0, length)) != null
                    && Amounts.pence(cell.substring(length)).isPresent()
                    && startsAmount(cell.charAt(length))) {
                List<String> split = new ArrayList<>(cells);
                split.set(dateColumn, cell.substring(0, length));
                split.add(dateColumn + 1, cell.substring(length));
                return split;
            }
        }
        return null;
    }

    private static boolean startsAmount(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '£';
    }

    private static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
