package org.socaudit.model;

import java.util.Objects;

/** A five-digit UK SIC 2007 code, its official title and how squarely it sits in a sector. */
public record SicCode(String code, SicTier tier, String title) {

    public SicCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(title, "title");
    }
}
