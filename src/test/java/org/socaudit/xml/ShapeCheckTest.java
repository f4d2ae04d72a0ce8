package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.InvalidInputException;

/** Refuses XML 1.1 and control characters that XML 1.0 lets through, each at its place. */
class ShapeCheckTest {

    private static String checklist() throws Exception {
        return Files.readString(Path.of("checklists/la-soc-checklist.xml"), StandardCharsets.UTF_8);
    }

    private static String refused(String xml) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ChecklistReader()
                .read("shape.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        assertEquals(1, e.problems().size(), () -> e.problems().toString());
        return e.problems().get(0).toString();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<title>    | <title>&#x9B;2J  | shape.xml:10:| the text in <title> holds the control character U+009B;",
                "<title>    | <title>&#x7F;    | shape.xml:10:| the text in <title> holds the control character U+007F;",
                "<title>    | <title>\u0085     | shape.xml:10:| the text in <title> holds the control character U+0085;",
                "title=\"   | title=\"&#x85;   | shape.xml:39:| attribute 'title' of <group> holds the control character U+0085;",
            })
    void refusesControlCharactersThatXml10Allows(String at, String with, String where, String says) throws Exception {
        String problem = refused(checklist().replaceFirst(at, with));

        assertTrue(problem.startsWith(where), problem);
        assertTrue(problem.contains(says), problem);
        assertEquals(
                true, problem.endsWith("only tab, line feed and carriage return may appear in a toolkit document"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"<title> | <title>&#x1B;[31m", "<title> | <title>"})
    void refusesXml11(String at, String with) throws Exception {
        String xml =
                checklist().replaceFirst("version=\"1.0\"", "version=\"1.1\"").replaceFirst(at, with);

        assertEquals(
                "shape.xml:1:1: XML 1.1 is not accepted; toolkit documents are XML 1.0 (<?xml version=\"1.0\"?>)",
                refused(xml));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"&#x1B;[31m | shape.xml:10:", "&#x0; | shape.xml:10:"})
    void xml10AlreadyRefusesC0ControlCharacters(String reference, String where) throws Exception {
        String problem = refused(checklist().replaceFirst("<title>", "<title>" + reference));

        assertTrue(problem.startsWith(where), problem);
        assertEquals(
                true, problem.contains("not well-formed XML") || problem.contains("invalid XML character"), problem);
    }
}
