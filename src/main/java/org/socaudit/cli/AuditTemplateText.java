package org.socaudit.cli;

import org.socaudit.model.AuditArea;
import org.socaudit.model.AuditQuestion;
import org.socaudit.model.AuditStep;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.AuditTopic;
import org.socaudit.model.ChecklistLink;
import org.socaudit.model.Directorate;
import org.socaudit.model.KeyPolicy;
import org.socaudit.model.OverarchingQuestion;
import org.socaudit.model.ServiceArea;

/** The internal audit template as text: process, questions, scope services and key policies. */
final class AuditTemplateText {

    private final PlainText out;

    AuditTemplateText(PlainText out) {
        this.out = out;
    }

    void print(AuditTemplate template) {
        out.line(template.info().title() + " (" + template.info().id() + ", version "
                + template.info().version() + ")");
        out.line("Source: " + template.info().source().citation());
        out.heading("Overarching questions", '-');
        for (OverarchingQuestion question : template.overarchingQuestions()) {
            out.labelled("  - ", question.text());
        }
        out.heading("Audit process", '-');
        for (AuditStep step : template.steps()) {
            out.labelled("  Step " + step.number() + ". ", step.title() + ": " + String.join(" ", step.paragraphs()));
        }
        out.heading("AUDIT QUESTIONS", '=');
        for (AuditArea area : template.areas()) {
            printArea(area);
        }
        out.heading("SCOPE: SERVICES (* = potentially at greater risk)", '=');
        printSourceHeading(template.scope().heading());
        for (Directorate directorate : template.scope().directorates()) {
            out.heading(directorate.title(), '-');
            for (ServiceArea service : directorate.services()) {
                out.labelled("  " + (service.atRisk() ? "* " : "  "), service.title() + ": " + service.reason());
                if (!service.orgUnits().isEmpty()) {
                    out.labelled("      ", "Spending units: " + String.join(", ", service.orgUnits()));
                }
            }
        }
        out.heading("KEY PLANS, POLICIES AND PROCEDURES", '=');
        printSourceHeading(template.keyPolicies().heading());
        template.keyPolicies().introduction().forEach(p -> out.labelled("  ", p));
        for (KeyPolicy policy : template.policies()) {
            out.line("  - " + policy.title());
        }
        if (!template.checklistLinks().links().isEmpty()) {
            out.heading("LINKS TO CHECKLIST " + template.checklistLinks().checklistId() + " (for variances)", '=');
            for (ChecklistLink link : template.checklistLinks().links()) {
                out.line("  " + link.sectionId() + " -> " + link.areaId()
                        + (link.topicIds().isEmpty() ? "" : " (" + String.join(", ", link.topicIds()) + ")"));
            }
        }
        out.line("");
        out.line(template.questions().size() + " audit questions, "
                + template.scope().services().size() + " services, "
                + template.policies().size() + " key policies.");
    }

    /** The heading the source gives a part, labelled as the source's; nothing when the template has none. */
    private void printSourceHeading(String heading) {
        if (!heading.isEmpty()) {
            out.labelled("  ", "The source's heading: " + heading);
        }
    }

    private void printArea(AuditArea area) {
        out.heading(area.heading(), '-');
        area.notes().forEach(note -> out.labelled("  (", note + ")"));
        for (AuditTopic topic : area.topics()) {
            if (!topic.title().isEmpty()) {
                out.line("");
                out.line("  " + topic.title());
                topic.notes().forEach(note -> out.labelled("  (", note + ")"));
            }
            for (AuditQuestion question : topic.questions()) {
                out.labelled("    - ", question.text());
                question.subQuestions().forEach(sub -> out.labelled("        - ", sub));
            }
        }
    }
}
