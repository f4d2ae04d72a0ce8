package org.socaudit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.AreaResult;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditFinding;
import org.socaudit.model.AuditReport;
import org.socaudit.model.Scale;
import org.socaudit.model.Variance;

/** The audit-report command's console output: a short text summary, or the documented JSON. */
final class AuditSummary {

    private final AuditReport report;
    private final Scale scale;

    AuditSummary(AuditReport report, Scale scale) {
        this.report = report;
        this.scale = scale;
    }

    void printText(PrintWriter out) {
        out.println(report.template().info().title() + ": audit report"
                + (report.programme().authority() == null
                        ? ""
                        : ", " + report.programme().authority()));
        out.println("Overall audit rating: " + label(report.overall().rating()) + " ("
                + report.overall().score().answered() + " of "
                + report.overall().score().total()
                + " questions rated)");
        for (AreaResult area : report.areas()) {
            out.printf("  %-52s %s%n", area.area().heading(), label(area.rating()));
        }
        out.println("Findings and recommendations: " + report.findings().size());
        out.println("Key policies missing or overdue for review: " + report.policySummary());
        if (!report.variances().isEmpty()) {
            out.println("Management rates itself better than audit in "
                    + report.adverseVariances().size() + " of "
                    + report.variances().size() + " linked sections:");
            for (Variance variance : report.adverseVariances()) {
                out.println("  " + variance.sectionTitle() + ": self-assessed "
                        + label(variance.selfAssessed().rating()) + ", audit "
                        + label(variance.audit().rating()) + " (" + variance.auditTitle() + ")");
            }
        }
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Map<String, Object>> areas = new ArrayList<>();
        for (AreaResult area : report.areas()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", area.area().id());
            entry.put("title", area.area().title());
            entry.put("rating", area.rating() == null ? null : scale.label(area.rating()));
            entry.put("findings", findings(area));
            areas.add(entry);
        }
        json.put("areas", areas);
        json.put("policiesMissingOrOverdue", report.policiesMissingOrOverdue());
        List<Map<String, Object>> variances = new ArrayList<>();
        for (Variance variance : report.adverseVariances()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("checklistSection", variance.link().sectionId());
            entry.put("auditArea", variance.link().areaId());
            entry.put("auditTopics", variance.link().topicIds());
            entry.put("auditTitle", variance.auditTitle());
            entry.put("selfAssessed", scale.label(variance.selfAssessed().rating()));
            entry.put("audit", scale.label(variance.audit().rating()));
            variances.add(entry);
        }
        json.put("variances", variances);
        return json;
    }

    private List<Map<String, Object>> findings(AreaResult area) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (AuditFinding finding : report.findings()) {
            if (finding.row().area() != area.area()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ref", finding.row().ref());
            entry.put("questionId", finding.row().question().id());
            entry.put("finding", finding.answer().finding());
            entry.put(
                    "rating",
                    finding.answer().rating() == null
                            ? null
                            : scale.label(finding.answer().rating()));
            entry.put("recommendation", finding.answer().recommendation());
            entry.put("owner", finding.answer().owner());
            entry.put(
                    "dueDate",
                    finding.answer().dueDate() == null
                            ? null
                            : finding.answer().dueDate().toString());
            findings.add(entry);
        }
        return findings;
    }

    private String label(Assessment rating) {
        return rating == null ? "Not assessed" : scale.label(rating);
    }
}
