package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * What a screening run found: counts of what was read, every supplier screened, and the input rows
 * that could not be used (the first ones kept, all of them counted).
 */
public record ScreeningResult(
        long rows,
        long payments,
        long redacted,
        long inputIssueCount,
        List<InputIssue> inputIssues,
        List<ScreenedSupplier> suppliers,
        ScreeningSettings settings) {

    public ScreeningResult {
        inputIssues = List.copyOf(inputIssues);
        suppliers = List.copyOf(suppliers);
        Objects.requireNonNull(settings, "settings");
    }

    /** The suppliers that call for a closer look, most spend first. */
    public List<ScreenedSupplier> flagged() {
        return suppliers.stream().filter(ScreenedSupplier::isFlagged).toList();
    }
}
