package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * Answers read back from a checklist workbook, with every question id the workbook asked and
 * anything the reading found doubtful but did not refuse (each at its cell).
 */
public record FilledChecklist(ChecklistResponses responses, List<String> questionIds, List<Problem> warnings) {

    public FilledChecklist {
        Objects.requireNonNull(responses, "responses");
        questionIds = List.copyOf(questionIds);
        warnings = List.copyOf(warnings);
    }

    /** Answers with nothing doubtful about them. */
    public FilledChecklist(ChecklistResponses responses, List<String> questionIds) {
        this(responses, questionIds, List.of());
    }
}
