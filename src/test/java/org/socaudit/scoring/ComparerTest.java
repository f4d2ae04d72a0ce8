package org.socaudit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.Comparison;
import org.socaudit.model.Movement;
import org.socaudit.model.QuestionMovement;
import org.socaudit.model.ScoreCard;
import org.socaudit.testing.Answers;
import org.socaudit.xml.BundledContent;

class ComparerTest {

    private final Checklist checklist = BundledContent.checklist();

    @Test
    void keysMovementsOnQuestionIds() {
        ChecklistResponses before = Answers.to(checklist)
                .all(Assessment.ACCEPTABLE)
                .answer("procurement-b", Assessment.NEEDS_IMPROVEMENT)
                .answer("licensing-a", Assessment.GOOD)
                .blank("planning-a")
                .build();
        ChecklistResponses now = Answers.to(checklist)
                .all(Assessment.ACCEPTABLE)
                .answer("procurement-b", Assessment.GOOD)
                .answer("licensing-a", Assessment.NEEDS_IMPROVEMENT)
                .blank("social-housing-a")
                .build();

        Comparison comparison = compare(now, before, new HashSet<>(Answers.questionIds(checklist)));

        assertEquals(Movement.IMPROVED, movement(comparison, "procurement-b").movement());
        assertEquals(Movement.WORSENED, movement(comparison, "licensing-a").movement());
        assertEquals(Movement.NEWLY_ASSESSED, movement(comparison, "planning-a").movement());
        assertEquals(
                Movement.NO_LONGER_ASSESSED,
                movement(comparison, "social-housing-a").movement());
        assertEquals(Movement.UNCHANGED, movement(comparison, "awareness-a").movement());
        assertEquals(List.of(), comparison.removedQuestionIds());
    }

    @Test
    void notesQuestionsAddedAndRemovedBetweenVersions() {
        Set<String> askedBefore = new HashSet<>(Answers.questionIds(checklist));
        askedBefore.remove("risk-management-d");
        askedBefore.add("old-question-x");
        ChecklistResponses before = Answers.to(checklist)
                .all(Assessment.GOOD)
                .blank("risk-management-d")
                .build();

        Comparison comparison =
                compare(Answers.to(checklist).all(Assessment.GOOD).build(), before, askedBefore);

        QuestionMovement added = movement(comparison, "risk-management-d");
        assertEquals(Movement.ADDED, added.movement());
        assertNull(added.before());
        assertEquals(List.of("old-question-x"), comparison.removedQuestionIds());
    }

    @Test
    void scoresTheEarlierYearSectionBySection() {
        // Earlier: procurement a-f = G, NI, NI, A, A, NI -> 4 of 12 = 33.33%.
        ChecklistResponses before = Answers.to(checklist)
                .all(Assessment.GOOD)
                .answer("procurement-b", Assessment.NEEDS_IMPROVEMENT)
                .answer("procurement-c", Assessment.NEEDS_IMPROVEMENT)
                .answer("procurement-d", Assessment.ACCEPTABLE)
                .answer("procurement-e", Assessment.ACCEPTABLE)
                .answer("procurement-f", Assessment.NEEDS_IMPROVEMENT)
                .build();

        Comparison comparison = compare(
                Answers.to(checklist).all(Assessment.GOOD).build(),
                before,
                new HashSet<>(Answers.questionIds(checklist)));

        var procurement = comparison.sectionsBefore().stream()
                .filter(s -> s.id().equals("procurement"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                0,
                new BigDecimal("33.3333")
                        .compareTo(procurement.score().percent().orElseThrow()));
        assertEquals(Assessment.NEEDS_IMPROVEMENT, procurement.rating());
    }

    private Comparison compare(ChecklistResponses now, ChecklistResponses before, Set<String> askedBefore) {
        ScoreCard current = new Scorer().score(checklist, now);
        return new Comparer().compare(checklist, current, before, askedBefore);
    }

    private static QuestionMovement movement(Comparison comparison, String id) {
        return comparison.questions().stream()
                .filter(m -> m.row().question().id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
