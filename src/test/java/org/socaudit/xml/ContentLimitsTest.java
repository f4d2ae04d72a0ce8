package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Every reader refuses a document with more of a part than {@link ContentLimits} allows, at the
 * element that goes over, naming the limit; and reads one that holds exactly as many.
 */
class ContentLimitsTest {

    private static final String CHECKLIST = "checklists/la-soc-checklist.xml";
    private static final String AUDIT = "audit-templates/la-soc-internal-audit.xml";
    private static final String SECTORS = "checklists/high-risk-sectors.xml";
    private static final String MEMBERS = "checklists/councillor-questions.xml";
    private static final String RESPONSES = "src/main/resources/org/socaudit/demo/demo-responses-2026.xml";

    private static String shipped(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    /**
     * The document with copies of a snippet straight after the first occurrence of a text. The
     * limits are checked before the schema, so a snippet need only be well-formed.
     */
    static String withCopies(String xml, String after, String snippet, int copies) {
        int at = xml.indexOf(after);
        if (at < 0) {
            throw new IllegalArgumentException("no " + after);
        }
        at += after.length();
        return xml.substring(0, at) + ("\n" + snippet).repeat(copies) + xml.substring(at);
    }

    private static int count(String xml, String element) {
        Matcher m = Pattern.compile("<" + element + "[ >/]").matcher(xml);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void read(String file, String xml) throws InvalidInputException {
        var in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        switch (file) {
            case CHECKLIST -> new ChecklistReader().read("limits.xml", in);
            case AUDIT -> new AuditTemplateReader().read("limits.xml", in);
            case SECTORS -> new SectorsReader().read("limits.xml", in);
            case MEMBERS -> new MemberQuestionsReader().read("limits.xml", in);
            default -> new ResponsesReader().read("limits.xml", in);
        }
    }

    private static Problem refused(String file, String xml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(file, xml));
        assertEquals(1, e.problems().size(), () -> e.problems().toString());
        return e.problems().get(0);
    }

    @ParameterizedTest(name = "{0}: {3} more after {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                CHECKLIST
                        + " | </group>    | <group id='g'/>                    |  21 | more than 20 groups; a checklist",
                CHECKLIST
                        + " | </section>  | <section id='s'/>                  | 101 | more than 100 sections; a checklist",
                CHECKLIST
                        + " | </question> | <question id='q'/>                 | 501 | more than 500 questions; a checklist",
                AUDIT
                        + " | </question>    | <question id='q'/>                 | 501 | more than 500 questions; an audit template",
                AUDIT
                        + " | </area>        | <area id='a'/>                     |  51 | more than 50 areas; an audit template",
                AUDIT
                        + " | </topic>       | <topic id='t'/>                    | 201 | more than 200 topics; an audit template",
                AUDIT
                        + " | </directorate> | <directorate id='d'/>              |  51 | more than 50 directorates; an audit",
                AUDIT
                        + " | </service>     | <service id='s'/>                  | 501 | more than 500 services; an audit template",
                AUDIT
                        + " | </policy>      | <policy id='p'>p</policy>          | 201 | more than 200 policies; an audit template",
                SECTORS
                        + " | </sector>    | <sector id='S'/>                   | 101 | more than 100 sectors; a sectors file",
                SECTORS
                        + " | </keyword>   | <keyword>k</keyword>               | 501 | sector 'VEHICLES_TRANSPORT' has more than 500",
                RESPONSES
                        + " | </response> | <response question='q'/>          | 501 | more than 500 responses; a responses file",
                MEMBERS
                        + " | </question>    | <question id='q'/>              | 501 | more than 500 questions; a questions-for-members file",
                MEMBERS
                        + " | </questionSet> | <questionSet id='s'/>           |  51 | more than 50 question sets; a questions-for",
                MEMBERS
                        + " | </ways>        | <ways id='w'/>                  |  21 | more than 20 lists; a questions-for-members file",
                MEMBERS
                        + " | </item>        | <item>i</item>                  | 2001 | more than 2,000 list items; a questions-for",
            })
    void refusesOneMoreThanTheLimitAtTheElementThatGoesOver(
            String file, String after, String snippet, int copies, String says) throws IOException {
        String xml = withCopies(shipped(file), after, snippet.replace('\'', '"'), copies);

        Problem problem = refused(file, xml);

        assertTrue(problem.message().startsWith(says), problem::toString);
        assertTrue(problem.message().endsWith("(the toolkit's limit)"), problem::toString);
        assertTrue(problem.location().matches("limits\\.xml:\\d+:\\d+"), problem::toString);
    }

    @Test
    void refusesMoreKeywordsThanAllSectorsTogetherMayHold() throws IOException {
        String xml = shipped(SECTORS);
        StringBuilder keywords = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            keywords.append("<keyword>word").append(i).append("</keyword>\n");
        }
        Matcher ends = Pattern.compile("</sector>").matcher(xml);
        StringBuilder more = new StringBuilder();
        while (ends.find()) {
            ends.appendReplacement(more, Matcher.quoteReplacement(keywords + "</sector>"));
        }
        ends.appendTail(more);

        Problem problem = refused(SECTORS, more.toString());

        assertTrue(
                problem.message().startsWith("more than 2,000 keywords; a sectors file may hold at most 2,000"),
                problem::toString);
    }

    @Test
    void refusesMoreElementsThanAnyDocumentMayHold() throws IOException {
        String xml = withCopies(shipped(CHECKLIST), "</p>", "<p>p</p>", ContentLimits.MAX_ELEMENTS);

        Problem problem = refused(CHECKLIST, xml);

        assertTrue(problem.message().startsWith("more than 25,000 elements; a checklist may hold at most 25,000"));
    }

    @Test
    void readsAChecklistWithAsManyQuestionsAsAllowed() throws Exception {
        String xml = shipped(CHECKLIST);
        Matcher question = Pattern.compile("(?s)<question id=\"([a-z0-9-]+)\" letter=\"[a-z]+\">.*?</question>")
                .matcher(xml);
        assertTrue(question.find());
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 500 - count(xml, "question"); i++) {
            String letter = String.valueOf((char) ('a' + i / 26)) + (char) ('a' + i % 26);
            more.append('\n')
                    .append(question.group()
                            .replaceFirst(
                                    "id=\"[^\"]+\" letter=\"[a-z]+\"",
                                    "id=\"extra-" + i + "\" letter=\"" + letter + "\""));
        }
        String full = xml.substring(0, question.end()) + more + xml.substring(question.end());

        var checklist = new ChecklistReader()
                .read("limits.xml", new ByteArrayInputStream(full.getBytes(StandardCharsets.UTF_8)));

        assertEquals(
                500,
                checklist.groups().stream()
                        .flatMap(g -> g.sections().stream())
                        .mapToInt(s -> s.questions().size())
                        .sum());
    }
}
