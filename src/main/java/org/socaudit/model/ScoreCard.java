package org.socaudit.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A scored checklist: overall, per group and per section, every answer, and the quality flags. */
public record ScoreCard(
        RatedScore overall,
        List<RatedScore> groups,
        List<RatedScore> sections,
        List<AnsweredRow> rows,
        List<QualityFlag> qualityFlags) {

    public ScoreCard {
        Objects.requireNonNull(overall, "overall");
        groups = List.copyOf(groups);
        sections = List.copyOf(sections);
        rows = List.copyOf(rows);
        qualityFlags = List.copyOf(qualityFlags);
    }

    /** Answers rated Needs improvement or Acceptable, Needs improvement first, then in checklist order. */
    public List<AnsweredRow> improvementActions() {
        return rows.stream()
                .filter(r -> r.is(Assessment.NEEDS_IMPROVEMENT) || r.is(Assessment.ACCEPTABLE))
                .sorted(Comparator.comparingInt((AnsweredRow r) -> r.is(Assessment.NEEDS_IMPROVEMENT) ? 0 : 1))
                .toList();
    }

    /** Answers rated Good, in checklist order. */
    public List<AnsweredRow> goodPractice() {
        return rows.stream().filter(r -> r.is(Assessment.GOOD)).toList();
    }
}
