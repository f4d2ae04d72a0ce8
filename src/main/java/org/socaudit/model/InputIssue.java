package org.socaudit.model;

import java.util.Objects;

/** A row of a tabular input that could not be used, and why; the run goes on without it. */
public record InputIssue(String file, long row, String column, String reason) {

    public InputIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /** Where, as {@code file:row N, column 'X'}. */
    public String location() {
        return file + ":row " + row + (column == null ? "" : ", column '" + column + "'");
    }

    @Override
    public String toString() {
        return location() + ": " + reason;
    }
}
