package org.socaudit.model;

import java.util.Objects;

/**
 * A checklist section's self-assessment set against audit's rating of the area (or topics) linked to
 * it. Either rating is null when nothing was rated on that side.
 */
public record Variance(
        ChecklistLink link,
        String sectionTitle,
        String auditTitle,
        RatedScore selfAssessed,
        RatedScore audit,
        VarianceKind kind) {

    public Variance {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(auditTitle, "auditTitle");
        Objects.requireNonNull(selfAssessed, "selfAssessed");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(kind, "kind");
    }
}
