package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** Answers read back from a checklist workbook, with every question id the workbook asked. */
public record FilledChecklist(ChecklistResponses responses, List<String> questionIds) {

    public FilledChecklist {
        Objects.requireNonNull(responses, "responses");
        questionIds = List.copyOf(questionIds);
    }
}
