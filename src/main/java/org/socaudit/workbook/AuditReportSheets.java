package org.socaudit.workbook;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditFinding;
import org.socaudit.model.AuditReport;
import org.socaudit.model.PolicyConcern;
import org.socaudit.model.PolicyStatus;
import org.socaudit.model.Scale;
import org.socaudit.model.ScopeDecision;
import org.socaudit.model.ServiceArea;
import org.socaudit.model.Variance;
import org.socaudit.model.VarianceKind;

/**
 * The audit report's sheets, written into a workbook the caller owns (the audit report on its own,
 * or the combined assessment): summary, findings, key policies, variances and scope.
 */
final class AuditReportSheets {

    static final String FINDINGS = "Audit Findings";
    static final String POLICIES = "Policy Concerns";
    static final String VARIANCE = "Variance";
    static final String SCOPE = "Audit Scope";

    private final Styles styles;
    private final Scale scale;
    private final Map<String, String> sectorNames;

    /** Sheets rating on this scale, showing sectors by name (sector id to name; an unknown id as it is). */
    AuditReportSheets(Styles styles, Scale scale, Map<String, String> sectorNames) {
        this.styles = styles;
        this.scale = scale;
        this.sectorNames = Map.copyOf(sectorNames);
    }

    void write(XSSFWorkbook workbook, AuditReport report) {
        new AuditSummarySheet(styles, scale).write(workbook, report);
        writeFindings(workbook, report);
        writePolicies(workbook, report);
        if (!report.variances().isEmpty()) {
            writeVariances(workbook, report);
        }
        writeScope(workbook, report);
    }

    private void writeFindings(XSSFWorkbook workbook, AuditReport report) {
        List<AuditFinding> findings = report.findings().stream()
                .sorted(Comparator.comparingInt(AuditReportSheets::severity))
                .toList();
        List<Column<AuditFinding>> columns = List.of(
                Column.of("Ref", 6, Column.Kind.BOLD, f -> f.row().ref()),
                Column.text("Area", 18, f -> f.row().area().heading()),
                Column.text("Question", 44, f -> f.row().question().text()),
                Column.text("Finding", 40, f -> f.answer().finding()),
                Column.of("Rating", 18, Column.Kind.RATING, f -> f.answer().rating()),
                Column.text("Deep dive", 30, AuditReportSheets::deepDive),
                Column.text("Recommendation", 40, f -> f.answer().recommendation()),
                Column.text("Owner", 16, f -> f.answer().owner()),
                Column.of("Due date", 12, Column.Kind.DATE, f -> f.answer().dueDate()));
        new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        FINDINGS,
                        "Every finding or recommendation recorded: " + scale.label(Assessment.NEEDS_IMPROVEMENT)
                                + " first, then in the programme's order.",
                        findings,
                        "No findings or recommendations were recorded.");
    }

    /** The deep dive's outcome, or that one was asked for and not yet done. */
    private static String deepDive(AuditFinding finding) {
        if (finding.answer().deepDiveOutstanding()) {
            return "Needed; no outcome recorded yet";
        }
        return finding.answer().deepDiveOutcome();
    }

    /** Needs improvement first, unrated last. */
    private static int severity(AuditFinding finding) {
        Assessment rating = finding.answer().rating();
        return rating == null ? Assessment.values().length : Assessment.values().length - 1 - rating.ordinal();
    }

    private void writePolicies(XSSFWorkbook workbook, AuditReport report) {
        List<PolicyStatus> policies = report.policies().stream()
                .sorted(Comparator.comparingInt((PolicyStatus p) ->
                        p.missingOrOverdue() ? 0 : p.concerns().isEmpty() ? 2 : 1))
                .toList();
        List<Column<PolicyStatus>> columns = List.of(
                Column.of("Policy", 40, Column.Kind.BOLD, p -> p.policy().title()),
                Column.text(
                        "Concerns",
                        40,
                        p -> p.concerns().isEmpty()
                                ? "No concerns"
                                : p.concerns().stream()
                                        .map(PolicyConcern::label)
                                        .collect(Collectors.joining("\n"))),
                Column.text(
                        "In place",
                        9,
                        p -> p.check() == null || p.check().inPlace() == null
                                ? null
                                : p.check().inPlace() ? "Y" : "N"),
                Column.text(
                        "Owner", 18, p -> p.check() == null ? null : p.check().owner()),
                Column.of(
                        "Last reviewed",
                        13,
                        Column.Kind.DATE,
                        p -> p.check() == null ? null : p.check().lastReviewed()),
                Column.text(
                        "Followed in practice",
                        12,
                        p -> p.check() == null || p.check().followed() == null
                                ? null
                                : p.check().followed().label()),
                Column.text(
                        "Notes", 40, p -> p.check() == null ? null : p.check().notes()));
        new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        POLICIES,
                        "Key plans and policies not in place or not reviewed in the two years to " + report.asOf()
                                + ": " + report.policySummary() + "; they are listed first.",
                        policies,
                        "");
    }

    private void writeVariances(XSSFWorkbook workbook, AuditReport report) {
        List<Variance> variances = report.variances().stream()
                .sorted(Comparator.comparingInt((Variance v) -> v.kind().ordinal()))
                .toList();
        List<Column<Variance>> columns = List.of(
                Column.of("Checklist section", 34, Column.Kind.BOLD, Variance::sectionTitle),
                Column.of("Self-assessed", 20, Column.Kind.RATING, v -> v.selfAssessed()
                        .rating()),
                Column.of("Self-assessed score", 12, Column.Kind.PERCENT, v -> v.selfAssessed()
                        .score()
                        .fraction()
                        .orElse(null)),
                Column.text("Audit area", 40, Variance::auditTitle),
                Column.of("Audit rating", 20, Column.Kind.RATING, v -> v.audit().rating()),
                Column.of("Audit score", 12, Column.Kind.PERCENT, v -> v.audit()
                        .score()
                        .fraction()
                        .orElse(null)),
                Column.text("Comparison", 40, v -> v.kind().label()));
        long adverse = report.adverseVariances().size();
        new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        VARIANCE,
                        adverse + " of " + variances.size() + " linked sections: management rates itself better than"
                                + " audit does (listed first). Links come from the audit template.",
                        variances,
                        "");
        // Mark the adverse comparisons so they stand out in print as well as on screen.
        var sheet = workbook.getSheet(VARIANCE);
        for (int i = 0; i < variances.size(); i++) {
            if (variances.get(i).kind() == VarianceKind.MANAGEMENT_MORE_FAVOURABLE) {
                sheet.getRow(3 + i).getCell(6).setCellStyle(styles.rating(Assessment.NEEDS_IMPROVEMENT));
            }
        }
    }

    private void writeScope(XSSFWorkbook workbook, AuditReport report) {
        Map<String, ScopeDecision> decisions = report.programme().scope().stream()
                .collect(Collectors.toMap(ScopeDecision::serviceId, Function.identity(), (a, b) -> a));
        List<ServiceArea> inScope = report.template().scope().services().stream()
                .filter(s -> decisions.containsKey(s.id())
                        && Boolean.TRUE.equals(decisions.get(s.id()).inScope()))
                .toList();
        List<Column<ServiceArea>> columns = List.of(
                Column.of("Service", 28, Column.Kind.BOLD, ServiceArea::title),
                Column.text("At risk", 8, s -> s.atRisk() ? "Yes" : "No"),
                Column.text("Sectors", 26, s -> s.sectorIds().stream()
                        .map(id -> sectorNames.getOrDefault(id, id))
                        .collect(Collectors.joining(", "))),
                Column.text("Scope notes", 50, s -> decisions.get(s.id()).notes()));
        new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        SCOPE,
                        "The services the auditor put in scope.",
                        inScope,
                        "No service was marked in scope.");
    }
}
