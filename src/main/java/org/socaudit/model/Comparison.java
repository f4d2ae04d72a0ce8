package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * This assessment against the previous one, keyed on question ids: each question's movement, each
 * section's score before and after, and the questions removed since.
 */
public record Comparison(
        String previousLabel,
        RatedScore overallBefore,
        List<QuestionMovement> questions,
        List<RatedScore> sectionsBefore,
        List<String> removedQuestionIds) {

    public Comparison {
        Objects.requireNonNull(previousLabel, "previousLabel");
        Objects.requireNonNull(overallBefore, "overallBefore");
        questions = List.copyOf(questions);
        sectionsBefore = List.copyOf(sectionsBefore);
        removedQuestionIds = List.copyOf(removedQuestionIds);
    }
}
