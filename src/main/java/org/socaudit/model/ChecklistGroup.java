package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A group of checklist sections, such as "Governance and Strategy". */
public record ChecklistGroup(String id, String title, List<Section> sections) {

    public ChecklistGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
    }
}
