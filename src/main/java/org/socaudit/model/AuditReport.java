package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The evaluated audit programme: each area's rating, the findings and recommendations, the key
 * policies with their concerns, and (given checklist responses) the self-assessment variances.
 */
public record AuditReport(
        AuditTemplate template,
        AuditProgramme programme,
        LocalDate asOf,
        RatedScore overall,
        List<AreaResult> areas,
        List<AuditFinding> findings,
        List<PolicyStatus> policies,
        List<Variance> variances) {

    public AuditReport {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(overall, "overall");
        areas = List.copyOf(areas);
        findings = List.copyOf(findings);
        policies = List.copyOf(policies);
        variances = List.copyOf(variances);
    }

    /** How many policies are not in place or overdue for review. */
    public long policiesMissingOrOverdue() {
        return policies.stream().filter(PolicyStatus::missingOrOverdue).count();
    }

    /** The comparisons where management rates itself better than audit does. */
    public List<Variance> adverseVariances() {
        return variances.stream()
                .filter(v -> v.kind() == VarianceKind.MANAGEMENT_MORE_FAVOURABLE)
                .toList();
    }
}
