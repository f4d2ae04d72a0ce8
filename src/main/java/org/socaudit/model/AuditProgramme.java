package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A completed (or partly completed) internal audit programme as read back from its workbook: the
 * scope decisions, the answers to the audit questions and the key policy checks, each keyed by the
 * template's ids.
 */
public record AuditProgramme(
        String templateId,
        String templateVersion,
        String authority,
        LocalDate preparedOn,
        List<ScopeDecision> scope,
        List<AuditAnswer> answers,
        List<PolicyCheck> policies) {

    public AuditProgramme {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(templateVersion, "templateVersion");
        scope = List.copyOf(scope);
        answers = List.copyOf(answers);
        policies = List.copyOf(policies);
    }

    /** An empty programme for a template, as a blank plan starts. */
    public static AuditProgramme blank(AuditTemplate template, String authority, LocalDate preparedOn) {
        return new AuditProgramme(
                template.info().id(),
                template.info().version(),
                authority,
                preparedOn,
                List.of(),
                List.of(),
                List.of());
    }
}
