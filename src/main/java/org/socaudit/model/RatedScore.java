package org.socaudit.model;

import java.util.Objects;
import java.util.Optional;

/** A section, group or the whole checklist with its score and the rating the scale gives it. */
public record RatedScore(String id, String title, Score score, Assessment rating) {

    public RatedScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(score, "score");
    }

    /** The rating, or empty when no question here is answered. */
    public Optional<Assessment> ratingIfAssessed() {
        return Optional.ofNullable(rating);
    }
}
