package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.Checklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

class ChecklistReaderTest {

    @Test
    void readsAValidChecklistAndNormalisesWhiteSpace() throws Exception {
        Checklist checklist = read("valid-minimal-checklist.xml");

        assertEquals("minimal", checklist.info().id());
        assertEquals("1.0", checklist.info().version());
        assertEquals(List.of("Answer every question."), checklist.guidance().howToUse());
        assertEquals(List.of("Interests", "Gifts"), checklist.questions().get(1).items());
        assertEquals("1. Awareness", checklist.sections().get(0).heading());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            invalid-schema-violations.xml    | 12:47 | attribute 'id' of <level>: Value 'fair' is not facet-valid
            invalid-schema-violations.xml    | 20:45 | attribute 'letter' of <question>: Value 'A'
            invalid-schema-violations.xml    | 22:15 | Invalid content was found starting with element <item>. One of <text> is expected.
            invalid-duplicate-question-id.xml | 21:45 | duplicate question id 'awareness-a' (first used at line 20)
            invalid-duplicate-question-id.xml | 21:45 | duplicate question letter 'a' in section awareness
            invalid-scale-order.xml          | 10:10 | level points must fall from good to acceptable to needs-improvement, found 0, 1, 0
            invalid-scale-order.xml          | 16:56 | the needs-improvement rating must start at 0
            invalid-undeclared-entity.xml    | 3:18  | The entity "secret" was referenced, but not declared.
            invalid-not-xml.xml              | 1:1   | not well-formed XML: Content is not allowed in prolog.
            invalid-wrong-root.xml           | 2:52  | root element <project> in namespace http://maven.apache.org/POM/4.0.0 is not a toolkit document
            """)
    void reportsEachProblemAtItsLineAndColumn(String fixture, String position, String message) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(fixture));

        assertTrue(
                e.problems().stream()
                        .anyMatch(p -> p.location().equals(fixture + ":" + position)
                                && p.message().startsWith(message)),
                () -> "no problem at " + position + " starting '" + message + "' in " + e.problems());
    }

    @Test
    void reportsEverySchemaViolationNotJustTheFirst() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> read("invalid-schema-violations.xml"));

        assertEquals(
                List.of(
                        "invalid-schema-violations.xml:12:47",
                        "invalid-schema-violations.xml:20:45",
                        "invalid-schema-violations.xml:22:15"),
                e.problems().stream().map(Problem::location).toList());
    }

    @ParameterizedTest
    @CsvSource({
        "invalid-doctype-external-entity.xml, 4:4",
        "invalid-doctype-entity-expansion.xml, 7:4",
        "invalid-doctype-external-dtd.xml, 2:67"
    })
    void refusesAnyDoctypeWithoutResolvingIt(String fixture, String position) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(fixture));

        assertEquals(1, e.problems().size());
        Problem problem = e.problems().get(0);
        assertEquals(fixture + ":" + position, problem.location());
        assertTrue(problem.message().startsWith("a DOCTYPE (DTD) is not allowed"), problem.message());
    }

    @Test
    void refusesAnotherKindOfToolkitDocument() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SectorsReader()
                .read("checklist.xml", resource("valid-minimal-checklist.xml")));

        assertEquals(
                "checklist.xml: is a checklist document, expected a sectors document",
                e.problems().get(0).toString());
    }

    private static Checklist read(String fixture) throws InvalidInputException {
        return new ChecklistReader().read(fixture, resource(fixture));
    }

    static InputStream resource(String fixture) {
        InputStream in = ChecklistReaderTest.class.getResourceAsStream(fixture);
        if (in == null) {
            throw new IllegalArgumentException("missing fixture " + fixture);
        }
        return in;
    }
}
