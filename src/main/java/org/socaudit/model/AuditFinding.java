package org.socaudit.model;

import java.util.Objects;

/** A finding or recommendation the auditor recorded, with the question it answers. */
public record AuditFinding(AuditQuestionRow row, AuditAnswer answer) {

    public AuditFinding {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(answer, "answer");
    }
}
