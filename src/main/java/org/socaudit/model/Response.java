package org.socaudit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The answer to one checklist question. The assessment is null while unanswered; text fields are
 * null when left blank.
 */
public record Response(
        String questionId,
        Assessment assessment,
        String actionTaken,
        String owner,
        LocalDate targetDate,
        String evidence) {

    public Response {
        Objects.requireNonNull(questionId, "questionId");
    }

    /** Whether nothing at all is recorded: no assessment and every text cell blank. */
    public boolean isBlank() {
        return assessment == null && actionTaken == null && owner == null && targetDate == null && evidence == null;
    }

    /** Whether the question has an assessment. */
    public boolean isAnswered() {
        return assessment != null;
    }
}
