package org.socaudit.tabular;

import java.time.LocalDate;
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

    /** A totals label holds one of these ... */
    private static final Set<String> TOTAL_WORDS = Set.of("total", "totals", "subtotal", "subtotals");
    /** ... and otherwise only words like these: "Grand Total", "Total April 2023", "Page 1 Total". */
    private static final Set<String> LABEL_WORDS = Set.of(
            "grand",
            "sub",
            "page",
            "report",
            "overall",
            "sum",
            "net",
            "gross",
            "for",
            "the",
            "of",
            "to",
            "and",
            "all",
            "spend",
            "spent",
            "payments",
            "payment",
            "paid",
            "amount",
            "amounts",
            "value",
            "expenditure",
            "invoices",
            "excl",
            "incl",
            "exc",
            "inc",
            "ex",
            "excluding",
            "including",
            "vat",
            "period",
            "month",
            "year",
            "quarter",
            "q",
            "p",
            "week",
            "date",
            "ytd",
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december");

    private static final int LONGEST_TOTAL = 60;
    // The lengths of the dates a ledger may print, from 1/4/23 to 18-Jul-2019.
    private static final int SHORTEST_DATE = 6;
    private static final int LONGEST_DATE = 11;

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
            return name.length() <= LONGEST_TOTAL && hasTotal(name) && isTotalLabel(words(name))
                    ? Kind.TOTAL
                    : Kind.PAYMENT;
        }
        boolean numbersOnly = true;
        for (String cell : cells) {
            String text = Text.trim(cell);
            if (text != null && text.length() < LONGEST_TOTAL) {
                if (isTotalLabel(words(text))) {
                    return Kind.TOTAL;
                }
                numbersOnly &= Amounts.pence(text).isPresent();
            } else if (text != null) {
                numbersOnly = false;
            }
        }
        if (numbersOnly && cell(cells, amountColumn) != null) {
            // No name and nothing but amounts: a sum row left unlabelled.
            return Kind.TOTAL;
        }
        return amountColumn >= 0 && cell(cells, amountColumn) == null && filled(cells) <= 1 ? Kind.NOTE : Kind.PAYMENT;
    }

    /**
     * Whether words name a total: "Total", "Grand Total", "Total April 2023", "TOTAL PAYMENTS Q1",
     * "Page 1 Total", "Total for Housing"; not "Total Gas & Power Ltd".
     */
    static boolean isTotalLabel(String words) {
        if (words.startsWith("total for ") || words.startsWith("totals for ")) {
            return true;
        }
        boolean total = false;
        for (String word : words.split(" ")) {
            if (TOTAL_WORDS.contains(word)) {
                total = true;
            } else if (!LABEL_WORDS.contains(word)) {
                return false;
            }
        }
        return total;
    }

    /** Whether the text holds "total" in any case: most names do not, and need no closer look. */
    private static boolean hasTotal(String text) {
        for (int i = text.length() - 5; i >= 0; i--) {
            if ((text.charAt(i) | 0x20) == 't' && text.regionMatches(true, i, "total", 0, 5)) {
                return true;
            }
        }
        return false;
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
        // Longest first, and only a date of this century or the last: "25/06/231250.00" is 25/06/23 and
        // 1250.00, not 25/06/2312 and 50.00.
        for (int length = Math.min(LONGEST_DATE, cell.length() - 1); length >= SHORTEST_DATE; length--) {
            LocalDate date = dates.parse(cell.substring(0, length));
            if (date != null
                    && Character.isLetterOrDigit(cell.charAt(length - 1))
                    && date.getYear() >= 1950
                    && date.getYear() < 2100
                    && startsAmount(cell.charAt(length))
                    && Amounts.pence(cell.substring(length)).isPresent()) {
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
