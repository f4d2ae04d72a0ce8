package org.socaudit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Internal audit's method: steps, overarching and detailed questions, scope services, key policies,
 * and the links from a checklist's sections to the audit areas.
 */
public record AuditTemplate(
        DocumentInfo info,
        Guidance guidance,
        List<OverarchingQuestion> overarchingQuestions,
        List<AuditStep> steps,
        List<AuditArea> areas,
        AuditScope scope,
        KeyPolicies keyPolicies,
        ChecklistLinks checklistLinks) {

    public AuditTemplate {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(keyPolicies, "keyPolicies");
        Objects.requireNonNull(checklistLinks, "checklistLinks");
        overarchingQuestions = List.copyOf(overarchingQuestions);
        steps = List.copyOf(steps);
        areas = List.copyOf(areas);
    }

    /** The key plans, policies and procedures, in order. */
    public List<KeyPolicy> policies() {
        return keyPolicies.policies();
    }

    /** Every audit question, in order. */
    public List<AuditQuestion> questions() {
        return areas.stream()
                .flatMap(a -> a.topics().stream())
                .flatMap(t -> t.questions().stream())
                .toList();
    }

    /**
     * Every audit question with its area, topic and reference: the area's number (or its place when
     * it has none), a dot, and the question's place in the area, counted across topics.
     */
    public List<AuditQuestionRow> rows() {
        List<AuditQuestionRow> rows = new ArrayList<>();
        for (int a = 0; a < areas.size(); a++) {
            AuditArea area = areas.get(a);
            int areaNumber = area.number() == null ? a + 1 : area.number();
            int n = 0;
            for (AuditTopic topic : area.topics()) {
                for (AuditQuestion question : topic.questions()) {
                    rows.add(new AuditQuestionRow(area, topic, question, areaNumber + "." + ++n));
                }
            }
        }
        return rows;
    }
}
