package org.socaudit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one tabular input was read: which header serves each role, what became of its lines, and
 * which checks could not run on it for lack of a column.
 *
 * @param kind {@code payments}, {@code suppliers} or {@code watchlist}
 * @param columns the header used for each role, by role name as {@code --column} writes it
 *     ({@code supplier-name}); null for a role the file has no column for
 * @param moreCategories headers of further spend-category columns, also searched
 */
public record InputReport(
        String kind,
        long headerRow,
        Map<String, String> columns,
        List<String> moreCategories,
        Lines lines,
        List<String> skippedChecks,
        List<String> notes) {

    public InputReport {
        Objects.requireNonNull(kind, "kind");
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        moreCategories = List.copyOf(moreCategories);
        Objects.requireNonNull(lines, "lines");
        skippedChecks = List.copyOf(skippedChecks);
        notes = List.copyOf(notes);
    }

    /**
     * The lines under the header: {@code total} in all; {@code used} read (of which {@code partial}
     * with a part that could not be read, such as a date); {@code redacted}, {@code blank} (empty,
     * filler or a note line), {@code totals} and {@code unusable} left out; {@code repaired} had a date and amount
     * run together in one cell, split.
     */
    public record Lines(
            long total, long used, long partial, long redacted, long blank, long totals, long unusable, long repaired) {

        /** In words, such as {@code 3,160 lines: 3,151 used, 4 unusable, 4 blank, 1 totals}. */
        public String text() {
            StringBuilder text = new StringBuilder(String.format("%,d lines: %,d used", total, used));
            append(text, partial, "of them without a readable date (left out of the date checks)");
            append(text, redacted, "redacted");
            append(text, unusable, "unusable");
            append(text, blank, "blank");
            append(text, totals, totals == 1 ? "total row" : "total rows");
            append(text, repaired, "with the date and amount run together in one cell, split");
            return text.toString();
        }

        private static void append(StringBuilder text, long count, String what) {
            if (count > 0) {
                text.append(String.format(", %,d %s", count, what));
            }
        }
    }

    /** A one-line account of the columns used, such as {@code supplier-name 'Payee', amount 'Net'}. */
    public String columnsText() {
        StringBuilder text = new StringBuilder();
        columns.forEach((role, header) -> {
            if (header != null) {
                text.append(text.length() == 0 ? "" : ", ")
                        .append(role)
                        .append(" '")
                        .append(header)
                        .append('\'');
            }
        });
        for (String header : moreCategories) {
            text.append(", category '").append(header).append('\'');
        }
        return text.toString();
    }
}
