package org.socaudit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A self-assessment checklist: its identity, guidance, scale and questions by group and section. */
public record Checklist(DocumentInfo info, Guidance guidance, Scale scale, List<ChecklistGroup> groups) {

    public Checklist {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(scale, "scale");
        groups = List.copyOf(groups);
    }

    /** Every section, in order. */
    public List<Section> sections() {
        return groups.stream().flatMap(g -> g.sections().stream()).toList();
    }

    /**
     * Each section's heading with its group, such as "Operational Controls: 4. Procurement", since
     * numbering restarts in each group; a section named like its group is shown once.
     */
    public List<String> sectionLabels() {
        return groups.stream()
                .flatMap(g -> g.sections().stream()
                        .map(s -> s.title().equals(g.title()) ? s.heading() : g.title() + ": " + s.heading()))
                .toList();
    }

    /** Every question with its group and section, in order. */
    public List<ChecklistRow> rows() {
        return groups.stream()
                .flatMap(g -> g.sections().stream()
                        .flatMap(s -> s.questions().stream().map(q -> new ChecklistRow(g, s, q))))
                .toList();
    }

    /** Every question with its response from these answers (none when unanswered), in order. */
    public List<AnsweredRow> answer(ChecklistResponses responses) {
        Map<String, Response> byQuestion = new HashMap<>();
        responses.responses().forEach(r -> byQuestion.putIfAbsent(r.questionId(), r));
        return rows().stream()
                .map(row -> new AnsweredRow(row, byQuestion.get(row.question().id())))
                .toList();
    }

    /** Every question, in order. */
    public List<Question> questions() {
        return sections().stream().flatMap(s -> s.questions().stream()).toList();
    }
}
