package org.socaudit.xml;

import java.io.InputStream;
import org.socaudit.model.Assessment;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Response;

/** Reads checklist responses (responses-1.xsd) and checks that no question is answered twice. */
public final class ResponsesReader {

    /** Reads and checks responses; {@code sourceName} is how problems name the file. */
    public ChecklistResponses read(String sourceName, InputStream in) throws InvalidInputException {
        ResponsesXml xml = XmlDocumentParser.parse(sourceName, in, DocumentKind.RESPONSES, ResponsesXml.class);
        ContentChecks checks = new ContentChecks(sourceName);
        xml.responses.forEach(r -> checks.claim("response to question", r.question, r));
        checks.throwIfAny();
        return new ChecklistResponses(
                xml.checklist,
                xml.checklistVersion,
                ContentChecks.text(xml.authority),
                ResponsesXml.date(xml.completedOn),
                ContentChecks.text(xml.completedBy),
                xml.responses.stream().map(ResponsesReader::response).toList());
    }

    private static Response response(ResponsesXml.Response xml) {
        return new Response(
                xml.question,
                xml.assessment == null
                        ? null
                        : Assessment.fromId(xml.assessment.strip()).orElseThrow(),
                ContentChecks.text(xml.actionTaken),
                ContentChecks.text(xml.owner),
                ResponsesXml.date(xml.targetDate),
                ContentChecks.text(xml.evidence));
    }
}
