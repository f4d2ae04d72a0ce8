package org.socaudit.xml;

import java.io.InputStream;
import java.util.List;
import org.socaudit.model.AuditArea;
import org.socaudit.model.AuditQuestion;
import org.socaudit.model.AuditScope;
import org.socaudit.model.AuditStep;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.AuditTopic;
import org.socaudit.model.ChecklistLink;
import org.socaudit.model.ChecklistLinks;
import org.socaudit.model.Directorate;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.KeyPolicies;
import org.socaudit.model.KeyPolicy;
import org.socaudit.model.OverarchingQuestion;
import org.socaudit.model.ServiceArea;

/** Reads an internal audit template (audit-template-2.xsd, or audit-template-1.xsd) and checks its ids. */
public final class AuditTemplateReader {

    /** Reads and checks an audit template; {@code sourceName} is how problems name the file. */
    public AuditTemplate read(String sourceName, InputStream in) throws InvalidInputException {
        AuditTemplateXml xml =
                XmlDocumentParser.parse(sourceName, in, DocumentKind.AUDIT_TEMPLATE, AuditTemplateXml.class);
        ContentChecks checks = new ContentChecks(sourceName);
        checkIds(xml, checks);
        checks.throwIfAny();
        return toModel(xml);
    }

    private static void checkIds(AuditTemplateXml xml, ContentChecks checks) {
        xml.overarchingQuestions.forEach(q -> checks.claim("overarching question id", q.id, q));
        for (AuditTemplateXml.Step step : xml.steps) {
            checks.claim("step id", step.id, step);
            checks.claim("step number", Integer.toString(step.number), step);
        }
        for (AuditTemplateXml.Area area : xml.areas) {
            checks.claim("area id", area.id, area);
            area.questions.forEach(q -> checks.claim("audit question id", q.id, q));
            for (AuditTemplateXml.Topic topic : area.topics) {
                checks.claimWithin("topic id", "area " + area.id, topic.id, topic);
                topic.questions.forEach(q -> checks.claim("audit question id", q.id, q));
            }
        }
        for (AuditTemplateXml.Directorate directorate : xml.scope.directorates) {
            checks.claim("directorate id", directorate.id, directorate);
            for (AuditTemplateXml.Service service : directorate.services) {
                checks.claim("service id", service.id, service);
                service.sectors.forEach(s -> checks.claimWithin("sector", "service " + service.id, s, service));
            }
        }
        xml.policies.policies.forEach(p -> checks.claim("policy id", p.id, p));
        if (xml.checklistLinks != null) {
            checkLinks(xml, checks);
        }
    }

    /** Each linked section appears once, and each link names an area and topics the template has. */
    private static void checkLinks(AuditTemplateXml xml, ContentChecks checks) {
        for (AuditTemplateXml.Link link : xml.checklistLinks.links) {
            checks.claim("linked checklist section", link.section, link);
            AuditTemplateXml.Area area = xml.areas.stream()
                    .filter(a -> a.id.equals(link.area))
                    .findFirst()
                    .orElse(null);
            if (area == null) {
                checks.report(
                        link,
                        "link for section '" + link.section + "' names area '" + link.area
                                + "', which this template does not have");
                continue;
            }
            for (String topic : link.topics) {
                if (area.topics.stream().noneMatch(t -> t.id.equals(topic))) {
                    checks.report(
                            link,
                            "link for section '" + link.section + "' names topic '" + topic + "', which area '"
                                    + link.area + "' does not have");
                }
            }
        }
    }

    private static AuditTemplate toModel(AuditTemplateXml xml) {
        return new AuditTemplate(
                CommonXml.info(xml.id, xml.version, xml.title, xml.source),
                CommonXml.guidance(xml.guidance.threat, xml.guidance.purpose, xml.guidance.howToUse),
                xml.overarchingQuestions.stream()
                        .map(q -> new OverarchingQuestion(q.id, ContentChecks.text(q.text)))
                        .toList(),
                xml.steps.stream()
                        .map(s -> new AuditStep(
                                s.id, s.number, ContentChecks.text(s.title), ContentChecks.texts(s.paragraphs)))
                        .toList(),
                xml.areas.stream().map(AuditTemplateReader::area).toList(),
                scope(xml.scope),
                keyPolicies(xml.policies),
                links(xml.checklistLinks));
    }

    private static KeyPolicies keyPolicies(AuditTemplateXml.Policies xml) {
        return new KeyPolicies(
                heading(xml.heading),
                xml.introduction == null ? List.of() : xml.introduction.toModel(),
                xml.policies.stream()
                        .map(p -> new KeyPolicy(p.id, ContentChecks.text(p.text)))
                        .toList());
    }

    /** A part's heading on one line; empty when the template gives none (as every version 1 file does). */
    private static String heading(String raw) {
        return raw == null ? "" : ContentChecks.text(raw);
    }

    private static ChecklistLinks links(AuditTemplateXml.ChecklistLinks xml) {
        if (xml == null) {
            return ChecklistLinks.NONE;
        }
        return new ChecklistLinks(
                xml.checklist,
                xml.links.stream()
                        .map(l -> new ChecklistLink(l.section, l.area, l.topics))
                        .toList());
    }

    private static AuditArea area(AuditTemplateXml.Area xml) {
        List<AuditTopic> topics = xml.topics.isEmpty()
                ? List.of(new AuditTopic(xml.id, "", List.of(), questions(xml.questions)))
                : xml.topics.stream()
                        .map(t -> new AuditTopic(
                                t.id,
                                ContentChecks.text(t.title),
                                ContentChecks.texts(t.notes),
                                questions(t.questions)))
                        .toList();
        return new AuditArea(xml.id, xml.number, ContentChecks.text(xml.title), ContentChecks.texts(xml.notes), topics);
    }

    private static List<AuditQuestion> questions(List<AuditTemplateXml.Question> xml) {
        return xml.stream()
                .map(q -> new AuditQuestion(
                        q.id,
                        ContentChecks.text(q.text),
                        ContentChecks.texts(q.subQuestions),
                        ContentChecks.texts(q.notes)))
                .toList();
    }

    private static AuditScope scope(AuditTemplateXml.Scope xml) {
        List<Directorate> directorates = xml.directorates.stream()
                .map(d -> new Directorate(
                        d.id,
                        ContentChecks.text(d.title),
                        d.services.stream()
                                .map(s -> new ServiceArea(
                                        s.id,
                                        ContentChecks.text(s.title),
                                        s.atRisk,
                                        ContentChecks.text(s.reason),
                                        s.sectors,
                                        ContentChecks.texts(s.orgUnits)))
                                .toList()))
                .toList();
        return new AuditScope(
                heading(xml.heading), xml.introduction.toModel(), xml.atRiskBasis.toModel(), directorates);
    }
}
