package org.socaudit.xml;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Question;
import org.socaudit.model.Response;

/** Reads checklist responses (responses-1.xsd): no question answered twice, and, given the checklist, known ones. */
public final class ResponsesReader {

    /**
     * The dates an answer may hold, the same as a workbook cell takes (workbook.CellValues): before
     * 1900 a spreadsheet cannot show a date, and a scored workbook would not read back.
     */
    private static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    private static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);

    /** Reads and checks responses on their own; {@code sourceName} is how problems name the file. */
    public ChecklistResponses read(String sourceName, InputStream in) throws InvalidInputException {
        return read(sourceName, in, null);
    }

    /**
     * Reads responses and, when a checklist is given, checks they were made for it: the same id and
     * version, and only its questions. Every problem is reported at its line and column.
     */
    public ChecklistResponses read(String sourceName, InputStream in, Checklist checklist)
            throws InvalidInputException {
        ResponsesXml xml = XmlDocumentParser.parse(sourceName, in, DocumentKind.RESPONSES, ResponsesXml.class);
        ContentChecks checks = new ContentChecks(sourceName);
        xml.responses.forEach(r -> checks.claim("response to question", r.question, r));
        if (checklist != null) {
            checkAgainst(xml, checklist, checks);
        }
        LocalDate completedOn = date(xml.completedOn, xml, "completedOn", checks);
        var responses = xml.responses.stream()
                .map(r -> new Response(
                        r.question.strip(),
                        r.assessment == null
                                ? null
                                : Assessment.fromId(r.assessment.strip()).orElseThrow(),
                        ContentChecks.text(r.actionTaken),
                        ContentChecks.text(r.owner),
                        date(r.targetDate, r, "targetDate", checks),
                        ContentChecks.text(r.evidence)))
                .toList();
        checks.throwIfAny();
        return new ChecklistResponses(
                xml.checklist.strip(),
                xml.checklistVersion.strip(),
                ContentChecks.text(xml.authority),
                completedOn,
                ContentChecks.text(xml.completedBy),
                responses);
    }

    private static void checkAgainst(ResponsesXml xml, Checklist checklist, ContentChecks checks) {
        String expected = checklist.info().id() + " version " + checklist.info().version();
        String found = xml.checklist.strip() + " version " + xml.checklistVersion.strip();
        if (!expected.equals(found)) {
            checks.report(
                    xml,
                    "these responses are for checklist " + found + ", not " + expected
                            + "; score them with the checklist they were made for (--checklist FILE)");
            return;
        }
        Set<String> known = checklist.questions().stream().map(Question::id).collect(Collectors.toSet());
        xml.responses.stream()
                .filter(r -> !known.contains(r.question.strip()))
                .forEach(
                        r -> checks.report(r, "question '" + r.question.strip() + "' is not in checklist " + expected));
    }

    /** An xs:date, which may carry a time zone; a value Java cannot hold is a located problem. */
    private static LocalDate date(String text, LocatedXml where, String element, ContentChecks checks) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.from(DateTimeFormatter.ISO_DATE.parse(text.strip()));
        } catch (DateTimeParseException e) {
            checks.report(where, element + " '" + text.strip() + "' is not a date this toolkit can use (yyyy-mm-dd)");
            return null;
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            checks.report(
                    where,
                    element + " '" + text.strip() + "' is out of range: a date must be between " + FIRST_DATE.getYear()
                            + " and " + LAST_DATE.getYear());
            return null;
        }
        return date;
    }
}
