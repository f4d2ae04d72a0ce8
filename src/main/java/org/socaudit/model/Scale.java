package org.socaudit.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * A checklist's assessment scale: points per level and the rating thresholds. The reader checks that
 * each level appears once and that points and thresholds fall from Good to Needs improvement.
 */
public record Scale(List<ScaleLevel> levels, List<RatingThreshold> thresholds) {

    public Scale {
        levels = List.copyOf(levels);
        thresholds = thresholds.stream()
                .sorted(Comparator.comparing(RatingThreshold::minPercent).reversed())
                .toList();
    }

    /** The points an assessment earns. */
    public int points(Assessment assessment) {
        return level(assessment).points();
    }

    /** The label of an assessment on this scale. */
    public String label(Assessment assessment) {
        return level(assessment).label();
    }

    /** The most points one question can earn. */
    public int maxPoints() {
        return levels.stream().mapToInt(ScaleLevel::points).max().orElse(0);
    }

    /** The rating a percentage earns: the highest threshold it reaches. */
    public Assessment rate(BigDecimal percent) {
        return thresholds.stream()
                .filter(t -> percent.compareTo(t.minPercent()) >= 0)
                .map(RatingThreshold::rating)
                .findFirst()
                .orElse(Assessment.NEEDS_IMPROVEMENT);
    }

    /**
     * The score of a set of questions, one assessment each (null for a question not answered): the
     * points earned out of the maximum of the answered ones, and the count at each level.
     */
    public Score score(List<Assessment> assessments) {
        int points = 0;
        int answered = 0;
        int[] counts = new int[Assessment.values().length];
        for (Assessment assessment : assessments) {
            if (assessment != null) {
                points += points(assessment);
                answered++;
                counts[assessment.ordinal()]++;
            }
        }
        return new Score(
                points,
                answered * maxPoints(),
                assessments.size(),
                counts[Assessment.GOOD.ordinal()],
                counts[Assessment.ACCEPTABLE.ordinal()],
                counts[Assessment.NEEDS_IMPROVEMENT.ordinal()]);
    }

    private ScaleLevel level(Assessment assessment) {
        return levels.stream()
                .filter(l -> l.assessment() == assessment)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("scale has no level " + assessment));
    }
}
