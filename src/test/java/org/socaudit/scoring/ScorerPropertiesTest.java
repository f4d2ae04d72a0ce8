package org.socaudit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.Question;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Response;
import org.socaudit.model.ScoreCard;
import org.socaudit.testing.Answers;
import org.socaudit.xml.BundledContent;

/**
 * Properties of scoring over random answer sets: each seed draws an assessment (or none) for every
 * question of the bundled checklist, so a failure names its seed and replays exactly.
 */
class ScorerPropertiesTest {

    private static final int BLOCKS = 10;
    private static final int SEEDS_PER_BLOCK = 30;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final Checklist checklist = BundledContent.checklist();
    private final Scorer scorer = new Scorer();

    /** Blocks of seeds, so that a few hundred cases do not make a few hundred test results. */
    static Stream<Integer> blocks() {
        return IntStream.range(0, BLOCKS).boxed();
    }

    private static void forEachSeed(int block, java.util.function.IntConsumer check) {
        for (int seed = block * SEEDS_PER_BLOCK; seed < (block + 1) * SEEDS_PER_BLOCK; seed++) {
            try {
                check.accept(seed);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @ParameterizedTest(name = "seed block {0}")
    @MethodSource("blocks")
    void everyPercentageStaysWithinZeroAndOneHundred(int block) {
        forEachSeed(block, this::everyPercentageStaysWithinZeroAndOneHundredFor);
    }

    private void everyPercentageStaysWithinZeroAndOneHundredFor(int seed) {
        ScoreCard card = scorer.score(checklist, randomAnswers(new Random(seed)));

        for (RatedScore score : allScores(card)) {
            score.score().percent().ifPresent(percent -> {
                assertTrue(percent.signum() >= 0, score.id() + ": " + percent);
                assertTrue(percent.compareTo(HUNDRED) <= 0, score.id() + ": " + percent);
            });
            assertTrue(score.score().coverage().compareTo(HUNDRED) <= 0, score.id());
        }
    }

    @ParameterizedTest(name = "seed block {0}")
    @MethodSource("blocks")
    void improvingAnyAnswerNeverLowersAPercentage(int block) {
        forEachSeed(block, this::improvingAnyAnswerNeverLowersAPercentageFor);
    }

    private void improvingAnyAnswerNeverLowersAPercentageFor(int seed) {
        Random random = new Random(seed);
        ChecklistResponses before = randomAnswers(random);
        List<Response> improvable = before.responses().stream()
                .filter(r -> r.assessment() != null && r.assessment() != Assessment.GOOD)
                .toList();
        if (improvable.isEmpty()) {
            return;
        }
        Response chosen = improvable.get(random.nextInt(improvable.size()));
        Assessment better =
                chosen.assessment() == Assessment.NEEDS_IMPROVEMENT ? Assessment.ACCEPTABLE : Assessment.GOOD;
        ChecklistResponses after = replace(before, chosen, better);

        List<RatedScore> was = allScores(scorer.score(checklist, before));
        List<RatedScore> now = allScores(scorer.score(checklist, after));

        for (int i = 0; i < was.size(); i++) {
            if (was.get(i).score().percent().isEmpty()) {
                // Nothing answered there before, nor after: improving an answer adds none.
                assertTrue(now.get(i).score().percent().isEmpty(), was.get(i).id());
                continue;
            }
            BigDecimal old = was.get(i).score().percent().orElseThrow();
            BigDecimal updated = now.get(i).score().percent().orElseThrow();
            int index = i;
            assertTrue(
                    updated.compareTo(old) >= 0,
                    () -> was.get(index).id() + " fell from " + old + " to " + updated + " when " + chosen.questionId()
                            + " improved to " + better);
        }
        assertTrue(
                now.get(0).score().points() > was.get(0).score().points(),
                "the overall points rise with a better answer");
    }

    @ParameterizedTest(name = "seed block {0}")
    @MethodSource("blocks")
    void theOrderOfResponsesDoesNotMatter(int block) {
        forEachSeed(block, this::theOrderOfResponsesDoesNotMatterFor);
    }

    private void theOrderOfResponsesDoesNotMatterFor(int seed) {
        Random random = new Random(seed);
        ChecklistResponses ordered = randomAnswers(random);
        List<Response> shuffled = new ArrayList<>(ordered.responses());
        Collections.shuffle(shuffled, random);

        ScoreCard first = scorer.score(checklist, ordered);
        ScoreCard second = scorer.score(checklist, withResponses(ordered, shuffled));

        assertEquals(allScores(first), allScores(second));
        assertEquals(first.qualityFlags(), second.qualityFlags());
    }

    /** Every question answered at random, one in six left blank; the first question always answered. */
    private ChecklistResponses randomAnswers(Random random) {
        Answers answers = Answers.to(checklist);
        Assessment[] levels = Assessment.values();
        List<Question> questions = checklist.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (i == 0 || random.nextInt(6) != 0) {
                answers.answer(questions.get(i).id(), levels[random.nextInt(levels.length)]);
            }
        }
        return answers.build();
    }

    private static ChecklistResponses replace(ChecklistResponses responses, Response old, Assessment better) {
        List<Response> changed = new ArrayList<>();
        for (Response response : responses.responses()) {
            changed.add(
                    response == old
                            ? new Response(
                                    old.questionId(),
                                    better,
                                    old.actionTaken(),
                                    old.owner(),
                                    old.targetDate(),
                                    old.evidence())
                            : response);
        }
        return withResponses(responses, changed);
    }

    private static ChecklistResponses withResponses(ChecklistResponses responses, List<Response> list) {
        return new ChecklistResponses(
                responses.checklistId(),
                responses.checklistVersion(),
                responses.authority(),
                responses.completedOn(),
                responses.completedBy(),
                list);
    }

    /** Overall first, then groups, then sections: the same order for every card of one checklist. */
    private static List<RatedScore> allScores(ScoreCard card) {
        List<RatedScore> all = new ArrayList<>();
        all.add(card.overall());
        all.addAll(card.groups());
        all.addAll(card.sections());
        return all;
    }
}
