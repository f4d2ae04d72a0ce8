package org.socaudit.model;

import java.util.Objects;

/** A supplier name that matched a watchlist entry, with the score (0 to 1), its band and why. */
public record WatchlistMatch(
        String supplierName,
        String supplierCompanyNumber,
        WatchlistEntry entry,
        String matchedName,
        double score,
        MatchBand band,
        String reason) {

    public WatchlistMatch {
        Objects.requireNonNull(supplierName, "supplierName");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(reason, "reason");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within 0 and 1: " + score);
        }
    }
}
