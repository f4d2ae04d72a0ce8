package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.MemberQuestion;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.Problem;

class MemberQuestionsReaderTest {

    @Test
    void readsAValidFileNumberingEachSetsQuestionsAndNormalisingWhiteSpace() throws Exception {
        MemberQuestions questions = read("valid-minimal-member-questions.xml");

        assertEquals("minimal", questions.info().id());
        assertEquals(List.of(), questions.introduction());
        assertEquals(List.of(), questions.ways());
        MemberQuestion first = questions.questions().get(0);
        assertEquals("CSP 1", first.ref());
        assertEquals("Is serious and organised crime in the plan?", first.text());
        assertEquals(List.of("police", "schools"), questions.questions().get(1).items());
        assertEquals(List.of(), questions.sets().get(0).expectations());
    }

    @Test
    void reportsARepeatedQuestionIdAndSetRefWhereTheyRepeat() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> read("invalid-duplicate-member-question-id.xml"));

        assertEquals(
                List.of(
                        "invalid-duplicate-member-question-id.xml:8:112: duplicate question set ref 'CSP'"
                                + " (first used at line 5)",
                        "invalid-duplicate-member-question-id.xml:9:26: duplicate question id 'csp-1'"
                                + " (first used at line 6)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void refusesADoctypeWithoutResolvingIt() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> read("invalid-doctype-member-questions.xml"));

        assertEquals(1, e.problems().size());
        Problem problem = e.problems().get(0);
        assertEquals("invalid-doctype-member-questions.xml:2:75", problem.location());
        assertTrue(problem.message().startsWith("a DOCTYPE (DTD) is not allowed"), problem.message());
    }

    @Test
    void refusesAnotherKindOfToolkitDocument() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new MemberQuestionsReader()
                .read("checklist.xml", ChecklistReaderTest.resource("valid-minimal-checklist.xml")));

        assertEquals(
                "checklist.xml: is a checklist document, expected a member-questions document",
                e.problems().get(0).toString());
    }

    private static MemberQuestions read(String fixture) throws InvalidInputException {
        return new MemberQuestionsReader().read(fixture, ChecklistReaderTest.resource(fixture));
    }
}
