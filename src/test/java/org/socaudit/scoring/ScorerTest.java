package org.socaudit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.QualityFlag;
import org.socaudit.model.QualityIssue;
import org.socaudit.model.RatedScore;
import org.socaudit.model.RatingThreshold;
import org.socaudit.model.Response;
import org.socaudit.model.Scale;
import org.socaudit.model.ScaleLevel;
import org.socaudit.model.ScoreCard;
import org.socaudit.testing.Answers;
import org.socaudit.xml.BundledContent;

class ScorerTest {

    private final Checklist checklist = BundledContent.checklist();
    private final Scorer scorer = new Scorer();

    @Test
    void allGoodScoresOneHundredPercentGoodEverywhere() {
        ScoreCard card = scorer.score(
                checklist, Answers.to(checklist).all(Assessment.GOOD).build());

        assertPercent("100", card.overall());
        assertEquals(Assessment.GOOD, card.overall().rating());
        assertEquals(0, new BigDecimal("100").compareTo(card.overall().score().coverage()));
        assertTrue(card.sections().stream().allMatch(s -> s.rating() == Assessment.GOOD));
        assertEquals(32, card.goodPractice().size());
        assertEquals(List.of(), card.improvementActions());
        assertEquals(List.of(), card.qualityFlags());
    }

    @Test
    void allNeedsImprovementScoresZeroAndPutsEveryQuestionInThePlan() {
        ScoreCard card = scorer.score(
                checklist,
                Answers.to(checklist).all(Assessment.NEEDS_IMPROVEMENT).build());

        assertPercent("0", card.overall());
        assertEquals(Assessment.NEEDS_IMPROVEMENT, card.overall().rating());
        assertEquals(32, card.improvementActions().size());
        assertEquals(32, card.overall().score().needsImprovement());
    }

    @Test
    void mixedAnswersScoreAsAHandComputationDoes() {
        // Awareness: G, A, NI, G, blank, A -> (2+1+0+2+1) / (5 x 2) = 60%; coverage 5 of 6.
        // Risk management: G, A -> 3 / 4 = 75%, exactly the Good threshold.
        ScoreCard card = scorer.score(
                checklist,
                Answers.to(checklist)
                        .answer("awareness-a", Assessment.GOOD)
                        .answer("awareness-b", Assessment.ACCEPTABLE)
                        .answer("awareness-c", Assessment.NEEDS_IMPROVEMENT)
                        .answer("awareness-d", Assessment.GOOD)
                        .answer("awareness-f", Assessment.ACCEPTABLE)
                        .answer("risk-management-a", Assessment.GOOD)
                        .answer("risk-management-b", Assessment.ACCEPTABLE)
                        .build());

        RatedScore awareness = section(card, "awareness");
        assertPercent("60", awareness);
        assertEquals(Assessment.ACCEPTABLE, awareness.rating());
        assertEquals(5, awareness.score().answered());
        assertEquals(6, awareness.score().total());
        RatedScore risk = section(card, "risk-management");
        assertPercent("75", risk);
        assertEquals(Assessment.GOOD, risk.rating());
        // Governance and Strategy: 9 of 14 points = 64.29%; overall the same, as nothing else is answered.
        assertEquals(
                0,
                new BigDecimal("64.2857")
                        .compareTo(card.groups().get(0).score().percent().orElseThrow()));
        assertEquals(Assessment.ACCEPTABLE, card.overall().rating());
        // Coverage 7 of 32 = 21.875%.
        assertEquals(
                0, new BigDecimal("21.8750").compareTo(card.overall().score().coverage()));
    }

    @Test
    void unansweredSectionsHaveNoPercentageOrRating() {
        ScoreCard card = scorer.score(
                checklist,
                Answers.to(checklist).answer("procurement-a", Assessment.GOOD).build());

        RatedScore licensing = section(card, "licensing");
        assertTrue(licensing.score().percent().isEmpty());
        assertNull(licensing.rating());
        assertEquals(31, card.overall().score().unanswered());
        assertEquals(
                31,
                card.qualityFlags().stream()
                        .filter(f -> f.issue() == QualityIssue.UNANSWERED)
                        .count());
    }

    @Test
    void usesTheChecklistsOwnPointsAndThresholds() {
        Scale strict = new Scale(
                List.of(
                        new ScaleLevel(Assessment.GOOD, "Strong", 3),
                        new ScaleLevel(Assessment.ACCEPTABLE, "Adequate", 1),
                        new ScaleLevel(Assessment.NEEDS_IMPROVEMENT, "Weak", 0)),
                List.of(
                        new RatingThreshold(Assessment.GOOD, new BigDecimal("90")),
                        new RatingThreshold(Assessment.ACCEPTABLE, new BigDecimal("30")),
                        new RatingThreshold(Assessment.NEEDS_IMPROVEMENT, BigDecimal.ZERO)));
        Checklist custom = new Checklist(checklist.info(), checklist.guidance(), strict, checklist.groups());

        ScoreCard card = scorer.score(
                custom,
                Answers.to(custom)
                        .answer("whistleblowing-a", Assessment.GOOD)
                        .answer("whistleblowing-b", Assessment.ACCEPTABLE)
                        .build());

        // (3 + 1) / 6 = 66.67%: Acceptable under 90 / 30 thresholds.
        RatedScore whistleblowing = section(card, "whistleblowing");
        assertEquals(
                0,
                new BigDecimal("66.6667")
                        .compareTo(whistleblowing.score().percent().orElseThrow()));
        assertEquals(Assessment.ACCEPTABLE, whistleblowing.rating());
    }

    @Test
    void flagsGoodWithoutSupportAndActionsWithoutOwnerOrDate() {
        ScoreCard card = scorer.score(
                checklist,
                Answers.to(checklist)
                        .all(Assessment.ACCEPTABLE)
                        .put(new Response("awareness-e", Assessment.GOOD, null, "Monitoring Officer", null, null))
                        .put(new Response(
                                "procurement-d", Assessment.NEEDS_IMPROVEMENT, "Not verified", null, null, "x"))
                        .put(new Response(
                                "insider-threat-c", Assessment.NEEDS_IMPROVEMENT, "Gap", "Head of HR", null, "y"))
                        .blank("planning-a")
                        .build());

        assertEquals(
                List.of(
                        "awareness-e GOOD_WITHOUT_RESPONSE",
                        "awareness-e GOOD_WITHOUT_EVIDENCE",
                        "planning-a UNANSWERED",
                        "procurement-d NEEDS_IMPROVEMENT_WITHOUT_OWNER",
                        "procurement-d NEEDS_IMPROVEMENT_WITHOUT_TARGET_DATE",
                        "insider-threat-c NEEDS_IMPROVEMENT_WITHOUT_TARGET_DATE"),
                card.qualityFlags().stream().map(ScorerTest::describe).toList());
    }

    @Test
    void improvementPlanPutsNeedsImprovementFirstThenChecklistOrder() {
        ScoreCard card = scorer.score(
                checklist,
                Answers.to(checklist)
                        .all(Assessment.GOOD)
                        .answer("awareness-b", Assessment.ACCEPTABLE)
                        .answer("procurement-b", Assessment.NEEDS_IMPROVEMENT)
                        .answer("risk-management-a", Assessment.ACCEPTABLE)
                        .answer("awareness-c", Assessment.NEEDS_IMPROVEMENT)
                        .build());

        assertEquals(
                List.of("awareness-c", "procurement-b", "awareness-b", "risk-management-a"),
                card.improvementActions().stream()
                        .map(r -> r.row().question().id())
                        .toList());
    }

    @Test
    void refsAreShortAndUnique() {
        List<String> refs = checklist.rows().stream().map(r -> r.ref()).toList();

        assertEquals("GS 1a", refs.get(0));
        assertEquals(
                "OC 4b",
                checklist.rows().stream()
                        .filter(r -> r.question().id().equals("procurement-b"))
                        .findFirst()
                        .orElseThrow()
                        .ref());
        assertEquals("IT d", refs.get(refs.size() - 1));
        assertEquals(refs.size(), refs.stream().distinct().count());
    }

    private static String describe(QualityFlag flag) {
        return flag.row().question().id() + " " + flag.issue();
    }

    private static RatedScore section(ScoreCard card, String id) {
        return card.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static void assertPercent(String expected, RatedScore score) {
        assertEquals(
                0,
                new BigDecimal(expected).compareTo(score.score().percent().orElseThrow()),
                () -> "percent was " + score.score().percent());
    }
}
