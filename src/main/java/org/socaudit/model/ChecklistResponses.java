package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One authority's answers to one version of a checklist. */
public record ChecklistResponses(
        String checklistId,
        String checklistVersion,
        String authority,
        LocalDate completedOn,
        String completedBy,
        List<Response> responses) {

    public ChecklistResponses {
        Objects.requireNonNull(checklistId, "checklistId");
        Objects.requireNonNull(checklistVersion, "checklistVersion");
        Objects.requireNonNull(authority, "authority");
        responses = List.copyOf(responses);
    }
}
