package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * Which audit area, or which of its topics, examines what a checklist section asks management to
 * self-assess. An empty topic list means the whole area.
 */
public record ChecklistLink(String sectionId, String areaId, List<String> topicIds) {

    public ChecklistLink {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(areaId, "areaId");
        topicIds = List.copyOf(topicIds);
    }
}
