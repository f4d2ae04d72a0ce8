package org.socaudit.tabular;

import org.socaudit.model.InvalidInputException;

/** Turns one data row into a record for the caller, or reports why it cannot. */
@FunctionalInterface
interface RowMapper {

    /** What became of a row. */
    enum Outcome {
        ACCEPTED,
        /** Passed on, but part of the row (such as its date) could not be read; an issue says which. */
        PARTIAL,
        REDACTED,
        SKIPPED
    }

    Outcome map(DataRow row) throws InvalidInputException;
}
