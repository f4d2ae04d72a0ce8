package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A name (with any aliases and company number) that intelligence says to look out for. */
public record WatchlistEntry(String name, String companyNumber, List<String> aliases, String source) {

    public WatchlistEntry {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
