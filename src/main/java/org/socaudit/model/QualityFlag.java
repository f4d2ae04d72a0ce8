package org.socaudit.model;

import java.util.Objects;

/** A quality issue found on one checklist question. */
public record QualityFlag(ChecklistRow row, QualityIssue issue) {

    public QualityFlag {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(issue, "issue");
    }
}
