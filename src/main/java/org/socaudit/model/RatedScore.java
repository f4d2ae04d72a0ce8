package org.socaudit.model;

import java.util.Objects;

/** A section, group or the whole checklist with its score and the rating the scale gives it. */
public record RatedScore(String id, String title, Score score, Assessment rating) {

    public RatedScore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(score, "score");
    }
}
