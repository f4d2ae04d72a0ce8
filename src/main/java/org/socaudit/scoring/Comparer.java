package org.socaudit.scoring;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.Comparison;
import org.socaudit.model.Movement;
import org.socaudit.model.Question;
import org.socaudit.model.QuestionMovement;
import org.socaudit.model.Response;
import org.socaudit.model.ScoreCard;

/** Compares this year's answers with an earlier assessment, question by question, by question id. */
public final class Comparer {

    /**
     * Compares on the current checklist. {@code previousQuestionIds} are the questions the earlier
     * checklist asked (answered or not); current questions outside it are new, earlier ones no
     * longer asked are listed as removed. The earlier section scores count only questions still asked.
     */
    public Comparison compare(
            Checklist checklist, ScoreCard current, ChecklistResponses previous, Set<String> previousQuestionIds) {
        Set<String> currentIds =
                checklist.questions().stream().map(Question::id).collect(Collectors.toSet());
        List<Response> stillAsked = previous.responses().stream()
                .filter(r -> currentIds.contains(r.questionId()))
                .toList();
        ScoreCard before = new Scorer()
                .score(
                        checklist,
                        new ChecklistResponses(
                                checklist.info().id(),
                                checklist.info().version(),
                                previous.authority(),
                                previous.completedOn(),
                                previous.completedBy(),
                                stillAsked));
        Map<String, Assessment> earlier = stillAsked.stream()
                .filter(Response::isAnswered)
                .collect(Collectors.toMap(Response::questionId, Response::assessment));
        List<QuestionMovement> movements = current.rows().stream()
                .map(row -> movement(row, earlier, previousQuestionIds))
                .toList();
        List<String> removed = previousQuestionIds.stream()
                .filter(id -> !currentIds.contains(id))
                .sorted()
                .toList();
        return new Comparison(label(previous), before.overall(), movements, before.sections(), removed);
    }

    private static QuestionMovement movement(
            AnsweredRow row, Map<String, Assessment> earlier, Set<String> previousQuestionIds) {
        String id = row.row().question().id();
        Assessment after = row.assessment().orElse(null);
        if (!previousQuestionIds.contains(id)) {
            return new QuestionMovement(row.row(), null, after, Movement.ADDED);
        }
        Assessment before = earlier.get(id);
        return new QuestionMovement(row.row(), before, after, Movement.between(before, after));
    }

    private static String label(ChecklistResponses previous) {
        String version = "the checklist (version " + previous.checklistVersion() + ")";
        return previous.completedOn() == null
                ? version
                : "the checklist completed "
                        + previous.completedOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
                        + " (version " + previous.checklistVersion() + ")";
    }
}
