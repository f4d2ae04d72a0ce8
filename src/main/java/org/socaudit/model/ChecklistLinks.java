package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** The links from one checklist's sections to the audit areas that examine them. */
public record ChecklistLinks(String checklistId, List<ChecklistLink> links) {

    /** No links: the template says nothing about any checklist. */
    public static final ChecklistLinks NONE = new ChecklistLinks("", List.of());

    public ChecklistLinks {
        Objects.requireNonNull(checklistId, "checklistId");
        links = List.copyOf(links);
    }
}
