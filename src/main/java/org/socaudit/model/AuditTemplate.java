package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** Internal audit's method: steps, overarching and detailed questions, scope services and key policies. */
public record AuditTemplate(
        DocumentInfo info,
        Guidance guidance,
        List<OverarchingQuestion> overarchingQuestions,
        List<AuditStep> steps,
        List<AuditArea> areas,
        AuditScope scope,
        List<KeyPolicy> policies) {

    public AuditTemplate {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(scope, "scope");
        overarchingQuestions = List.copyOf(overarchingQuestions);
        steps = List.copyOf(steps);
        areas = List.copyOf(areas);
        policies = List.copyOf(policies);
    }

    /** Every audit question, in order. */
    public List<AuditQuestion> questions() {
        return areas.stream()
                .flatMap(a -> a.topics().stream())
                .flatMap(t -> t.questions().stream())
                .toList();
    }
}
