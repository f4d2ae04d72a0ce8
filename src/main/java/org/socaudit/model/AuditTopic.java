package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A topic within an audit area; the title is empty when the area has no topics. */
public record AuditTopic(String id, String title, List<String> notes, List<AuditQuestion> questions) {

    public AuditTopic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        questions = List.copyOf(questions);
    }
}
