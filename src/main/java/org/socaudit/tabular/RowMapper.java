package org.socaudit.tabular;

/** Turns one data row into a record for the caller, or reports why it cannot. */
@FunctionalInterface
interface RowMapper {

    /** What became of a row. */
    enum Outcome {
        ACCEPTED,
        REDACTED,
        SKIPPED
    }

    Outcome map(DataRow row);
}
