package org.socaudit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socaudit.model.ChecklistGroup;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Scale;
import org.socaudit.model.ScoredChecklist;

/** The score command's console output: a short text summary, or the documented JSON. */
final class ScoreSummary {

    private final ScoredChecklist scored;
    private final Scale scale;

    ScoreSummary(ScoredChecklist scored) {
        this.scored = scored;
        this.scale = scored.checklist().scale();
    }

    void printText(PrintWriter out) {
        RatedScore overall = scored.scoreCard().overall();
        out.println(scored.responses().authority() + ": "
                + scored.checklist().info().title());
        out.println("Overall: " + percent(overall) + " " + rating(overall) + " ("
                + overall.score().answered() + " of " + overall.score().total() + " questions answered)");
        // Section numbers restart in each group, so sections are listed under their group.
        int index = 0;
        for (ChecklistGroup group : scored.checklist().groups()) {
            RatedScore groupScore =
                    scored.scoreCard().groups().get(scored.checklist().groups().indexOf(group));
            out.printf("%-64s %5s  %s%n", group.title(), percent(groupScore), rating(groupScore));
            for (int i = 0; i < group.sections().size(); i++) {
                RatedScore section = scored.scoreCard().sections().get(index++);
                out.printf("  %-62s %5s  %s%n", section.title(), percent(section), rating(section));
            }
        }
        List<String> unanswered = scored.scoreCard().rows().stream()
                .filter(r -> r.assessment().isEmpty())
                .map(r -> r.row().ref())
                .toList();
        if (!unanswered.isEmpty()) {
            out.println("Unanswered: " + String.join(", ", unanswered));
        }
        out.println(scored.scoreCard().improvementActions().size() + " improvement actions, "
                + scored.scoreCard().qualityFlags().size() + " quality flags.");
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        RatedScore overall = scored.scoreCard().overall();
        Map<String, Object> headline = new LinkedHashMap<>();
        headline.put("percent", number(overall.score().percent().orElse(null)));
        headline.put("rating", overall.rating() == null ? null : scale.label(overall.rating()));
        headline.put("coverage", number(overall.score().coverage()));
        json.put("overall", headline);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("good", overall.score().good());
        counts.put("acceptable", overall.score().acceptable());
        counts.put("needsImprovement", overall.score().needsImprovement());
        counts.put("unanswered", overall.score().unanswered());
        json.put("counts", counts);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (RatedScore section : scored.scoreCard().sections()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", section.id());
            entry.put("title", section.title());
            entry.put("percent", number(section.score().percent().orElse(null)));
            entry.put("rating", section.rating() == null ? null : scale.label(section.rating()));
            entry.put("answered", section.score().answered());
            sections.add(entry);
        }
        json.put("sections", sections);
        json.put("qualityFlags", scored.scoreCard().qualityFlags().size());
        json.put("improvementActions", scored.scoreCard().improvementActions().size());
        json.put(
                "unanswered",
                scored.scoreCard().rows().stream()
                        .filter(r -> r.assessment().isEmpty())
                        .map(r -> r.row().question().id())
                        .collect(Collectors.toList()));
        return json;
    }

    private String percent(RatedScore score) {
        return score.score()
                .percent()
                .map(p -> p.setScale(0, RoundingMode.HALF_UP) + "%")
                .orElse("-");
    }

    private String rating(RatedScore score) {
        return score.rating() == null ? "Not assessed" : scale.label(score.rating());
    }

    /** A percentage rounded to one decimal place for JSON, or null. */
    private static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }
}
