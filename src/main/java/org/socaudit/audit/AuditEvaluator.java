package org.socaudit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socaudit.model.AreaResult;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditArea;
import org.socaudit.model.AuditFinding;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditQuestionRow;
import org.socaudit.model.AuditReport;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Scale;
import org.socaudit.model.Score;
import org.socaudit.model.ScoreCard;

/**
 * Turns a completed audit programme into a report: each area rated on the checklist's scale from its
 * questions' ratings, the findings in template order, the key policies' concerns and, given the
 * scored checklist, the self-assessment variances.
 */
public final class AuditEvaluator {

    private final Scale scale;

    /** An evaluator rating areas on this scale (the checklist's: points per level and thresholds). */
    public AuditEvaluator(Scale scale) {
        this.scale = scale;
    }

    /** Evaluates the programme as of a date (policy reviews are judged against it); checklist may be null. */
    public AuditReport evaluate(AuditTemplate template, AuditProgramme programme, LocalDate asOf, ScoreCard checklist) {
        Map<String, AuditAnswer> answers = programme.answers().stream()
                .collect(Collectors.toMap(AuditAnswer::questionId, Function.identity(), (a, b) -> a));
        List<AuditQuestionRow> rows = template.rows();
        List<AreaResult> areas = new ArrayList<>();
        for (AuditArea area : template.areas()) {
            Score score = score(rows.stream().filter(r -> r.area() == area).toList(), answers);
            areas.add(new AreaResult(area, score, rating(score)));
        }
        Score overallScore = score(rows, answers);
        RatedScore overall =
                new RatedScore(template.info().id(), template.info().title(), overallScore, rating(overallScore));
        List<AuditFinding> findings = rows.stream()
                .filter(r -> answers.containsKey(r.question().id()))
                .filter(r -> answers.get(r.question().id()).hasFinding())
                .map(r -> new AuditFinding(r, answers.get(r.question().id())))
                .toList();
        return new AuditReport(
                template,
                programme,
                asOf,
                overall,
                areas,
                findings,
                new PolicyReview(asOf).review(template.policies(), programme.policies()),
                checklist == null ? List.of() : new VarianceFinder(this, answers).find(template, checklist));
    }

    /** The score of some audit questions from the ratings recorded against them. */
    Score score(List<AuditQuestionRow> rows, Map<String, AuditAnswer> answers) {
        List<Assessment> ratings = rows.stream()
                .map(r -> answers.get(r.question().id()))
                .map(a -> a == null ? null : a.rating())
                .toList();
        return scale.score(ratings);
    }

    /** The rating a score earns, or null when none of its questions is rated. */
    Assessment rating(Score score) {
        return score.percent().map(scale::rate).orElse(null);
    }
}
