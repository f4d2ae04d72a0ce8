package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A suggested audit question, with any sub-questions and notes. */
public record AuditQuestion(String id, String text, List<String> subQuestions, List<String> notes) {

    public AuditQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        subQuestions = List.copyOf(subQuestions);
        notes = List.copyOf(notes);
    }
}
