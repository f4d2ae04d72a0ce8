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

    /** How many policies the auditor recorded anything about ("In place" filled in). */
    public long policiesChecked() {
        return policies.stream()
                .filter(p -> p.check() != null && p.check().inPlace() != null)
                .count();
    }

    /** "3 of 7 checked (15 not checked)": the policies missing or overdue, out of those checked. */
    public String policySummary() {
        long unchecked = policies.size() - policiesChecked();
        return policiesMissingOrOverdue() + " of " + policiesChecked() + " checked"
                + (unchecked == 0 ? "" : " (" + unchecked + " not checked)");
    }

    /** The comparisons where management rates itself better than audit does. */
    public List<Variance> adverseVariances() {
        return variances.stream()
                .filter(v -> v.kind() == VarianceKind.MANAGEMENT_MORE_FAVOURABLE)
                .toList();
    }
}
