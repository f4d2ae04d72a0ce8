package org.socaudit.model;

import java.util.Objects;

/** An audit question in its place: its area, topic and a short reference such as "2.3". */
public record AuditQuestionRow(AuditArea area, AuditTopic topic, AuditQuestion question, String ref) {

    public AuditQuestionRow {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(ref, "ref");
    }
}
