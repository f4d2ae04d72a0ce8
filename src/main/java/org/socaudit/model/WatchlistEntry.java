package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * A name (with any aliases and company number) that intelligence says to look out for; for a person,
 * the month and year of birth where known (null otherwise), checked against the register of people
 * with significant control, which gives no more than that.
 */
public record WatchlistEntry(
        String name, String companyNumber, List<String> aliases, String source, Integer birthMonth, Integer birthYear) {

    public WatchlistEntry {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (birthMonth != null && (birthMonth < 1 || birthMonth > 12)) {
            throw new IllegalArgumentException("birth month " + birthMonth);
        }
    }

    /** An entry with no date of birth. */
    public WatchlistEntry(String name, String companyNumber, List<String> aliases, String source) {
        this(name, companyNumber, aliases, source, null, null);
    }

    /** Whether the entry gives a month and year of birth. */
    public boolean hasBirth() {
        return birthMonth != null && birthYear != null;
    }
}
