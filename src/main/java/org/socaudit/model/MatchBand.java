package org.socaudit.model;

/** How strongly a supplier matches a watchlist entry. */
public enum MatchBand {
    /** Same company number, or names so alike they are very likely the same. */
    STRONG,
    /** Alike enough that a person should look. */
    REVIEW,
    NONE
}
