package org.socaudit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the auditor recorded against one audit question: who was interviewed, what they said, the
 * finding and its rating, any deep dive, and the recommendation with its owner and due date. Blank
 * cells are null.
 */
public record AuditAnswer(
        String questionId,
        String lead,
        String response,
        String finding,
        Assessment rating,
        Boolean deepDiveNeeded,
        String deepDiveOutcome,
        String recommendation,
        String owner,
        LocalDate dueDate) {

    public AuditAnswer {
        Objects.requireNonNull(questionId, "questionId");
    }

    /** Whether nothing at all is recorded against the question. */
    public boolean isBlank() {
        return lead == null
                && response == null
                && finding == null
                && rating == null
                && deepDiveNeeded == null
                && deepDiveOutcome == null
                && recommendation == null
                && owner == null
                && dueDate == null;
    }

    /** Whether the auditor recorded a finding, a recommendation or a deep dive to be done. */
    public boolean hasFinding() {
        return finding != null || recommendation != null || Boolean.TRUE.equals(deepDiveNeeded);
    }

    /** Whether a deep dive was asked for and no outcome is recorded yet. */
    public boolean deepDiveOutstanding() {
        return Boolean.TRUE.equals(deepDiveNeeded) && deepDiveOutcome == null;
    }
}
