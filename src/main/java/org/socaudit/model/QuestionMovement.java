package org.socaudit.model;

import java.util.Objects;

/** A question's assessment before and after; either is null when not assessed. */
public record QuestionMovement(ChecklistRow row, Assessment before, Assessment after, Movement movement) {

    public QuestionMovement {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(movement, "movement");
    }
}
