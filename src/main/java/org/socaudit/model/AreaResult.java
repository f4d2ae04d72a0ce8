package org.socaudit.model;

import java.util.Objects;

/** An audit area with the score of its rated questions and the rating that earns (null when none is rated). */
public record AreaResult(AuditArea area, Score score, Assessment rating) {

    public AreaResult {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(score, "score");
    }
}
