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

    /** Whether anything was recorded beyond the question itself. */
    public boolean hasFinding() {
        return finding != null || recommendation != null;
    }
}
