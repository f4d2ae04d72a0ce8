package org.socaudit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditArea;
import org.socaudit.model.AuditQuestionRow;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.AuditTopic;
import org.socaudit.model.ChecklistLink;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Score;
import org.socaudit.model.ScoreCard;
import org.socaudit.model.Variance;
import org.socaudit.model.VarianceKind;

/**
 * Sets each checklist section management self-assessed against audit's rating of the area or topics
 * the template links it to. Sections without a link, and links to sections the scored checklist
 * does not have, are left out.
 */
final class VarianceFinder {

    private final AuditEvaluator evaluator;
    private final Map<String, AuditAnswer> answers;

    VarianceFinder(AuditEvaluator evaluator, Map<String, AuditAnswer> answers) {
        this.evaluator = evaluator;
        this.answers = answers;
    }

    List<Variance> find(AuditTemplate template, ScoreCard checklist) {
        Map<String, RatedScore> sections =
                checklist.sections().stream().collect(Collectors.toMap(RatedScore::id, s -> s, (a, b) -> a));
        List<Variance> variances = new ArrayList<>();
        for (ChecklistLink link : template.checklistLinks().links()) {
            RatedScore section = sections.get(link.sectionId());
            Optional<AuditArea> area = template.areas().stream()
                    .filter(a -> a.id().equals(link.areaId()))
                    .findFirst();
            if (section != null && area.isPresent()) {
                variances.add(compare(link, section, audit(template, link, area.get())));
            }
        }
        return variances;
    }

    private RatedScore audit(AuditTemplate template, ChecklistLink link, AuditArea area) {
        List<AuditQuestionRow> rows = template.rows().stream()
                .filter(r -> r.area() == area)
                .filter(r -> link.topicIds().isEmpty()
                        || link.topicIds().contains(r.topic().id()))
                .toList();
        Score score = evaluator.score(rows, answers);
        return new RatedScore(area.id(), title(area, link), score, evaluator.rating(score));
    }

    /** "HR: Vetting Checks; Gifts and Hospitality", or the area's heading for a whole-area link. */
    private static String title(AuditArea area, ChecklistLink link) {
        if (link.topicIds().isEmpty()) {
            return area.heading();
        }
        String topics = area.topics().stream()
                .filter(t -> link.topicIds().contains(t.id()))
                .map(AuditTopic::title)
                .collect(Collectors.joining("; "));
        return area.heading() + ": " + topics;
    }

    private static Variance compare(ChecklistLink link, RatedScore section, RatedScore audit) {
        return new Variance(
                link, section.title(), audit.title(), section, audit, kind(section.rating(), audit.rating()));
    }

    /** Ratings are ordered best first, so a lower ordinal is the more favourable rating. */
    static VarianceKind kind(Assessment selfAssessed, Assessment audit) {
        if (selfAssessed == null || audit == null) {
            return VarianceKind.NOT_COMPARABLE;
        }
        int difference = Integer.compare(selfAssessed.ordinal(), audit.ordinal());
        if (difference < 0) {
            return VarianceKind.MANAGEMENT_MORE_FAVOURABLE;
        }
        return difference == 0 ? VarianceKind.AGREE : VarianceKind.AUDIT_MORE_FAVOURABLE;
    }
}
