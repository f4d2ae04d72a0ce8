package org.socaudit.model;

import java.util.Objects;
import java.util.Optional;

/** A checklist question with its response; the response is empty when the question was left blank. */
public record AnsweredRow(ChecklistRow row, Response response) {

    public AnsweredRow {
        Objects.requireNonNull(row, "row");
    }

    /** The assessment given, if any. */
    public Optional<Assessment> assessment() {
        return response == null ? Optional.empty() : Optional.ofNullable(response.assessment());
    }

    /** Whether this question has this assessment. */
    public boolean is(Assessment level) {
        return assessment().map(a -> a == level).orElse(false);
    }
}
