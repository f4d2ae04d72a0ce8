package org.socaudit.model;

import java.util.Objects;

/** The points an assessment level earns on a checklist's scale, and its label. */
public record ScaleLevel(Assessment assessment, String label, int points) {

    public ScaleLevel {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(label, "label");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative: " + points);
        }
    }
}
