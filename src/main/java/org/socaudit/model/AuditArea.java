package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * An audit area, such as "2. Procurement". An area whose questions are not split into topics has a
 * single topic with the area's id and no title.
 */
public record AuditArea(String id, Integer number, String title, List<String> notes, List<AuditTopic> topics) {

    public AuditArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        topics = List.copyOf(topics);
    }

    /** The title with its number: "2. Procurement". */
    public String heading() {
        return number == null ? title : number + ". " + title;
    }
}
