package org.socaudit.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.Problem;
import org.socaudit.model.SectorCatalogue;

/** Recognises any toolkit document by its root element, reads it with the right reader and counts it. */
public final class DocumentInspector {

    /** Inspects one document; never throws for a bad file, the problems are in the result. */
    public Inspection inspect(String sourceName, InputStream in) {
        byte[] content;
        try {
            content = in.readNBytes(XmlDocumentParser.MAX_BYTES + 1);
        } catch (IOException e) {
            return failed(sourceName, null, List.of(Problem.inFile(sourceName, "cannot read: " + e.getMessage())));
        }
        DocumentKind kind;
        try {
            kind = XmlDocumentParser.sniff(sourceName, new ByteArrayInputStream(content));
        } catch (InvalidInputException e) {
            return failed(sourceName, null, e.problems());
        }
        try {
            return read(sourceName, kind, content);
        } catch (InvalidInputException e) {
            return failed(sourceName, kind, e.problems());
        }
    }

    private static Inspection read(String name, DocumentKind kind, byte[] content) throws InvalidInputException {
        InputStream in = new ByteArrayInputStream(content);
        Map<String, Integer> counts = new LinkedHashMap<>();
        return switch (kind) {
            case CHECKLIST -> {
                Checklist checklist = new ChecklistReader().read(name, in);
                counts.put("groups", checklist.groups().size());
                counts.put("sections", checklist.sections().size());
                counts.put("questions", checklist.questions().size());
                yield new Inspection(
                        name, kind, checklist.info().id(), checklist.info().version(), counts, List.of());
            }
            case AUDIT_TEMPLATE -> {
                AuditTemplate template = new AuditTemplateReader().read(name, in);
                counts.put("areas", template.areas().size());
                counts.put("questions", template.questions().size());
                counts.put("serviceAreas", template.scope().services().size());
                counts.put("policies", template.policies().size());
                yield new Inspection(
                        name, kind, template.info().id(), template.info().version(), counts, List.of());
            }
            case SECTORS -> {
                SectorCatalogue sectors = new SectorsReader().read(name, in);
                counts.put("sectors", sectors.sectors().size());
                counts.put("statements", sectors.statements().size());
                yield new Inspection(
                        name, kind, sectors.info().id(), sectors.info().version(), counts, List.of());
            }
            case RESPONSES -> {
                ChecklistResponses responses = new ResponsesReader().read(name, in);
                Checklist bundled = BundledContent.checklist();
                if (responses.checklistId().equals(bundled.info().id())) {
                    // Responses to the shipped checklist can also be checked question by question.
                    responses = new ResponsesReader().read(name, new ByteArrayInputStream(content), bundled);
                }
                counts.put("questions", responses.responses().size());
                counts.put("answered", (int) responses.responses().stream()
                        .filter(r -> r.isAnswered())
                        .count());
                yield new Inspection(
                        name, kind, responses.checklistId(), responses.checklistVersion(), counts, List.of());
            }
            case MEMBER_QUESTIONS -> {
                MemberQuestions questions = new MemberQuestionsReader().read(name, in);
                counts.put("questionSets", questions.sets().size());
                counts.put("questions", questions.questions().size());
                counts.put("lists", questions.ways().size());
                yield new Inspection(
                        name, kind, questions.info().id(), questions.info().version(), counts, List.of());
            }
        };
    }

    private static Inspection failed(String name, DocumentKind kind, List<Problem> problems) {
        return new Inspection(name, kind, null, null, Map.of(), problems);
    }
}
