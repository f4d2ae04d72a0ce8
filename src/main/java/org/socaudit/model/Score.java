package org.socaudit.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Points and counts for a set of questions (a section, a group or the whole checklist). The
 * percentage is points over the maximum points of the answered questions, so unanswered questions
 * lower coverage, not the score.
 */
public record Score(int points, int maxPoints, int total, int good, int acceptable, int needsImprovement) {

    public Score {
        if (points < 0 || maxPoints < 0 || points > maxPoints) {
            throw new IllegalArgumentException("points " + points + " out of " + maxPoints);
        }
        if (good + acceptable + needsImprovement > total) {
            throw new IllegalArgumentException("more answers than questions");
        }
    }

    /** Questions with an assessment. */
    public int answered() {
        return good + acceptable + needsImprovement;
    }

    /** Questions without an assessment. */
    public int unanswered() {
        return total - answered();
    }

    /** Points as a percentage of the answered questions' maximum, or empty when nothing is answered. */
    public Optional<BigDecimal> percent() {
        return maxPoints == 0 ? Optional.empty() : Optional.of(ratio(points, maxPoints));
    }

    /** Answered questions as a percentage of all questions. */
    public BigDecimal coverage() {
        return total == 0 ? BigDecimal.ZERO : ratio(answered(), total);
    }

    /** The share of points as a fraction from 0 to 1, for spreadsheets that format it as a percentage. */
    public Optional<Double> fraction() {
        return maxPoints == 0 ? Optional.empty() : Optional.of((double) points / maxPoints);
    }

    private static BigDecimal ratio(int part, int whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
