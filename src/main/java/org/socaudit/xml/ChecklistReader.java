package org.socaudit.xml;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistGroup;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Question;
import org.socaudit.model.RatingThreshold;
import org.socaudit.model.Scale;
import org.socaudit.model.ScaleLevel;
import org.socaudit.model.Section;

/** Reads a checklist file (checklist-1.xsd) and checks ids and scale the schema cannot. */
public final class ChecklistReader {

    /** Reads and checks a checklist; {@code sourceName} is how problems name the file. */
    public Checklist read(String sourceName, InputStream in) throws InvalidInputException {
        ChecklistXml xml = XmlDocumentParser.parse(sourceName, in, DocumentKind.CHECKLIST, ChecklistXml.class);
        ContentChecks checks = new ContentChecks(sourceName);
        checkIds(xml, checks);
        checkScale(xml.scale, checks);
        checks.throwIfAny();
        return toModel(xml);
    }

    private static void checkIds(ChecklistXml xml, ContentChecks checks) {
        for (ChecklistXml.Group group : xml.groups) {
            checks.claim("group id", group.id, group);
            for (ChecklistXml.Section section : group.sections) {
                checks.claim("section id", section.id, section);
                if (section.number != null) {
                    checks.claimWithin("section number", "group " + group.id, section.number.toString(), section);
                }
                for (ChecklistXml.Question question : section.questions) {
                    checks.claim("question id", question.id, question);
                    checks.claimWithin("question letter", "section " + section.id, question.letter, question);
                }
            }
        }
    }

    private static void checkScale(ChecklistXml.ScaleXml scale, ContentChecks checks) {
        Map<Assessment, Integer> points = new EnumMap<>(Assessment.class);
        for (ChecklistXml.Level level : scale.levels) {
            checks.claim("scale level", level.id, level);
            points.putIfAbsent(Assessment.fromId(level.id).orElseThrow(), level.points);
        }
        Map<Assessment, java.math.BigDecimal> minimum = new EnumMap<>(Assessment.class);
        for (ChecklistXml.Rating rating : scale.ratings) {
            checks.claim("rating", rating.level, rating);
            minimum.putIfAbsent(Assessment.fromId(rating.level).orElseThrow(), rating.minPercent);
        }
        if (points.size() < 3 || minimum.size() < 3) {
            checks.report(
                    scale,
                    "the scale needs each of good, acceptable and needs-improvement once as a level and once as a rating");
            return;
        }
        if (!(points.get(Assessment.GOOD) > points.get(Assessment.ACCEPTABLE)
                && points.get(Assessment.ACCEPTABLE) > points.get(Assessment.NEEDS_IMPROVEMENT))) {
            checks.report(
                    scale,
                    "level points must fall from good to acceptable to needs-improvement, found "
                            + points.get(Assessment.GOOD) + ", " + points.get(Assessment.ACCEPTABLE) + ", "
                            + points.get(Assessment.NEEDS_IMPROVEMENT));
        }
        if (!(minimum.get(Assessment.GOOD).compareTo(minimum.get(Assessment.ACCEPTABLE)) > 0
                && minimum.get(Assessment.ACCEPTABLE).compareTo(minimum.get(Assessment.NEEDS_IMPROVEMENT)) > 0)) {
            checks.report(
                    scale,
                    "rating thresholds must fall from good to acceptable to needs-improvement, found "
                            + minimum.get(Assessment.GOOD) + ", " + minimum.get(Assessment.ACCEPTABLE) + ", "
                            + minimum.get(Assessment.NEEDS_IMPROVEMENT));
        }
        if (minimum.get(Assessment.NEEDS_IMPROVEMENT).signum() != 0) {
            ratingOf(scale, Assessment.NEEDS_IMPROVEMENT)
                    .ifPresent(r -> checks.report(
                            r, "the needs-improvement rating must start at 0 so every percentage has a rating"));
        }
    }

    private static Optional<ChecklistXml.Rating> ratingOf(ChecklistXml.ScaleXml scale, Assessment level) {
        return scale.ratings.stream().filter(r -> level.id().equals(r.level)).findFirst();
    }

    private static Checklist toModel(ChecklistXml xml) {
        List<ScaleLevel> levels = xml.scale.levels.stream()
                .map(l -> new ScaleLevel(Assessment.fromId(l.id).orElseThrow(), ContentChecks.text(l.label), l.points))
                .toList();
        List<RatingThreshold> thresholds = xml.scale.ratings.stream()
                .map(r -> new RatingThreshold(Assessment.fromId(r.level).orElseThrow(), r.minPercent))
                .toList();
        List<ChecklistGroup> groups = xml.groups.stream()
                .map(g -> new ChecklistGroup(
                        g.id,
                        ContentChecks.text(g.title),
                        g.sections.stream().map(ChecklistReader::section).toList()))
                .toList();
        return new Checklist(
                CommonXml.info(xml.id, xml.version, xml.title, xml.source),
                CommonXml.guidance(xml.guidance.threat, xml.guidance.purpose, xml.guidance.howToUse),
                new Scale(levels, thresholds),
                groups);
    }

    private static Section section(ChecklistXml.Section xml) {
        return new Section(
                xml.id,
                xml.number,
                ContentChecks.text(xml.title),
                xml.questions.stream()
                        .map(q -> new Question(
                                q.id,
                                q.letter,
                                ContentChecks.text(q.text),
                                ContentChecks.texts(q.items),
                                ContentChecks.text(q.risk)))
                        .toList());
    }
}
