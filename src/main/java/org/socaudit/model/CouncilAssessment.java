package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the combined workbook brings together for senior management: the scored checklist and,
 * when given, the audit report and the screening, as of one day, with the actions falling due.
 */
public record CouncilAssessment(
        ScoredChecklist checklist,
        AuditReport audit,
        ScreeningReport screening,
        LocalDate asOf,
        List<DueAction> actionsDue,
        RunInfo run) {

    public CouncilAssessment {
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(run, "run");
        actionsDue = List.copyOf(actionsDue);
    }

    /** The audit report, if a programme was given. */
    public Optional<AuditReport> auditIfAny() {
        return Optional.ofNullable(audit);
    }

    /** The screening, if spending files or registers were given. */
    public Optional<ScreeningReport> screeningIfAny() {
        return Optional.ofNullable(screening);
    }
}
