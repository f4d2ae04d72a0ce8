package org.socaudit.scoring;

import java.util.ArrayList;
import java.util.List;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistGroup;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.ChecklistRow;
import org.socaudit.model.QualityFlag;
import org.socaudit.model.QualityIssue;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Response;
import org.socaudit.model.Scale;
import org.socaudit.model.Score;
import org.socaudit.model.ScoreCard;
import org.socaudit.model.Section;

/** Scores responses against a checklist with the checklist's own scale. */
public final class Scorer {

    /**
     * Scores the responses; questions without a response count as unanswered. Responses to questions
     * the checklist does not have are ignored here: the readers report them.
     */
    public ScoreCard score(Checklist checklist, ChecklistResponses responses) {
        List<AnsweredRow> rows = checklist.answer(responses);
        Scale scale = checklist.scale();
        List<RatedScore> sections = new ArrayList<>();
        for (Section section : checklist.sections()) {
            sections.add(rate(section.id(), section.heading(), rows(rows, r -> r.section() == section), scale));
        }
        List<RatedScore> groups = new ArrayList<>();
        for (ChecklistGroup group : checklist.groups()) {
            groups.add(rate(group.id(), group.title(), rows(rows, r -> r.group() == group), scale));
        }
        RatedScore overall = rate(checklist.info().id(), checklist.info().title(), rows, scale);
        return new ScoreCard(overall, groups, sections, rows, qualityFlags(rows));
    }

    private static List<AnsweredRow> rows(List<AnsweredRow> all, java.util.function.Predicate<ChecklistRow> in) {
        return all.stream().filter(r -> in.test(r.row())).toList();
    }

    private static RatedScore rate(String id, String title, List<AnsweredRow> rows, Scale scale) {
        Score score = score(rows, scale);
        Assessment rating = score.percent().map(scale::rate).orElse(null);
        return new RatedScore(id, title, score, rating);
    }

    static Score score(List<AnsweredRow> rows, Scale scale) {
        return scale.score(rows.stream().map(r -> r.assessment().orElse(null)).toList());
    }

    private static List<QualityFlag> qualityFlags(List<AnsweredRow> rows) {
        List<QualityFlag> flags = new ArrayList<>();
        for (AnsweredRow answered : rows) {
            Response response = answered.response();
            ChecklistRow row = answered.row();
            if (answered.assessment().isEmpty()) {
                flags.add(new QualityFlag(row, QualityIssue.UNANSWERED));
            } else if (answered.is(Assessment.GOOD)) {
                if (response.actionTaken() == null) {
                    flags.add(new QualityFlag(row, QualityIssue.GOOD_WITHOUT_RESPONSE));
                }
                if (response.evidence() == null) {
                    flags.add(new QualityFlag(row, QualityIssue.GOOD_WITHOUT_EVIDENCE));
                }
            } else if (answered.is(Assessment.NEEDS_IMPROVEMENT)) {
                if (response.owner() == null) {
                    flags.add(new QualityFlag(row, QualityIssue.NEEDS_IMPROVEMENT_WITHOUT_OWNER));
                }
                if (response.targetDate() == null) {
                    flags.add(new QualityFlag(row, QualityIssue.NEEDS_IMPROVEMENT_WITHOUT_TARGET_DATE));
                }
            }
        }
        return flags;
    }
}
