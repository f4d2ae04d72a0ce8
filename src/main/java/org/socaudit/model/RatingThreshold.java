package org.socaudit.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A percentage at or above which a section, group or checklist earns a rating. */
public record RatingThreshold(Assessment rating, BigDecimal minPercent) {

    public RatingThreshold {
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(minPercent, "minPercent");
    }
}
