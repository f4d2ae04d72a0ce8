package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking every supplier against Companies House's bulk files: one match per
 * supplier, in the order the suppliers were given; the date the snapshot describes (filings due
 * before it are overdue); how many companies and PSC entries were read; and whether a PSC file was
 * given at all.
 */
public record RegisterCheck(
        List<CompanyMatch> matches,
        LocalDate snapshotDate,
        String snapshotDateBasis,
        long companiesRead,
        boolean pscGiven,
        long pscEntriesRead) {

    public RegisterCheck {
        matches = List.copyOf(matches);
        Objects.requireNonNull(snapshotDate, "snapshotDate");
        Objects.requireNonNull(snapshotDateBasis, "snapshotDateBasis");
    }
}
