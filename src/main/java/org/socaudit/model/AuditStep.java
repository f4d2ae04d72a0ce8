package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** One step of the audit process, such as "1. Agree scope". */
public record AuditStep(String id, int number, String title, List<String> paragraphs) {

    public AuditStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
    }
}
