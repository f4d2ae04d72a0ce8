package org.socaudit.tabular;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader made of a file: where its header was and which header serves each role, and what
 * became of the lines under it.
 *
 * @param headerRow the 1-based row of the header
 * @param columns the header read for each role the reader uses; null for a role with no column
 * @param moreCategories headers of further spend-category columns, also read
 * @param overridden the roles whose column was named by {@code --column}
 * @param notes what the user should know about how the columns were chosen
 * @param lines the rows under the header
 */
public record ReadSummary(
        long headerRow,
        Map<Role, String> columns,
        List<String> moreCategories,
        Set<Role> overridden,
        List<String> notes,
        Lines lines) {

    public ReadSummary {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        moreCategories = List.copyOf(moreCategories);
        overridden = Set.copyOf(overridden);
        notes = List.copyOf(notes);
    }

    /**
     * The rows under the header: {@code rows} in all, of which {@code records} were passed on,
     * {@code redacted} left out as redacted personal data, {@code blank} empty or filler,
     * {@code totals} totals rows, and {@code unusable} left out with an input issue;
     * {@code repaired} of the records had a run-together date and amount split; {@code issues}
     * input issues were reported (a row may have more than one, or one and still be used).
     */
    public record Lines(
            long rows,
            long records,
            long partial,
            long redacted,
            long blank,
            long totals,
            long unusable,
            long repaired,
            long issues) {}

    /** The records passed on, for callers that want only the count. */
    public long records() {
        return lines.records();
    }

    /** Whether the file has a column for the role. */
    public boolean has(Role role) {
        return columns.get(role) != null;
    }
}
