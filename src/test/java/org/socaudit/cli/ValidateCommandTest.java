package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String CHECKLIST = "checklists/la-soc-checklist.xml";
    private static final String AUDIT = "audit-templates/la-soc-internal-audit.xml";
    private static final String SECTORS = "checklists/high-risk-sectors.xml";

    @Test
    void jsonCountsTheShippedContent() throws Exception {
        CliRun run = CliRun.of("validate", "--json", CHECKLIST, AUDIT, SECTORS);

        assertEquals(0, run.exitCode(), run.err());
        JsonNode files = new ObjectMapper().readTree(run.out());
        assertEquals(3, files.size());
        assertEquals("checklist", files.get(0).get("kind").asText());
        assertTrue(files.get(0).get("valid").asBoolean());
        assertEquals(3, files.get(0).get("counts").get("groups").asInt());
        assertEquals(10, files.get(0).get("counts").get("sections").asInt());
        assertEquals(32, files.get(0).get("counts").get("questions").asInt());
        assertEquals("audit-template", files.get(1).get("kind").asText());
        assertTrue(files.get(1).get("counts").get("questions").asInt() >= 60);
        assertTrue(files.get(1).get("counts").get("serviceAreas").asInt() >= 45);
        assertEquals(22, files.get(1).get("counts").get("policies").asInt());
        assertEquals("sectors", files.get(2).get("kind").asText());
        assertEquals(10, files.get(2).get("counts").get("sectors").asInt());
        assertEquals(0, files.get(2).get("problems").size());
    }

    @Test
    void printsOneLinePerFile() {
        CliRun run = CliRun.of("validate", CHECKLIST);

        assertEquals(0, run.exitCode());
        assertEquals(
                CHECKLIST + ": valid checklist la-soc-checklist 1.0 (3 groups, 10 sections, 32 questions)",
                run.out().strip());
    }

    @Test
    void validatesTheQuestionsForMembers() {
        CliRun run = CliRun.of("validate", "checklists/councillor-questions.xml");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                "checklists/councillor-questions.xml: valid member-questions councillor-questions 1.0"
                        + " (7 question sets, 56 questions, 2 lists)",
                run.out().strip());
    }

    @Test
    void hostileXmlExitsThreeNamingTheFileWithoutResolvingTheEntity(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        Path hostile = Files.writeString(
                dir.resolve("hostile.xml"),
                "<?xml version=\"1.0\"?>\n<!DOCTYPE checklist [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                        + "<checklist xmlns=\"urn:soc-audit:checklist:1\" id=\"x\" version=\"1\"><title>&s;</title>"
                        + "</checklist>\n");

        CliRun run = CliRun.of("validate", hostile.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().startsWith(hostile + ":2:"), run.err());
        assertTrue(run.err().contains("DOCTYPE (DTD) is not allowed"), run.err());
        assertFalse((run.out() + run.err()).contains("TOP-SECRET-VALUE"));
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void schemaViolationExitsThreeWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.xml"),
                "<?xml version=\"1.0\"?>\n<sectors xmlns=\"urn:soc-audit:sectors:1\" id=\"Bad Id\" version=\"1\">\n"
                        + "  <title>x</title>\n</sectors>\n");

        CliRun run = CliRun.of("validate", "--json", file.toString());

        assertEquals(3, run.exitCode());
        JsonNode problems = new ObjectMapper().readTree(run.out()).get(0).get("problems");
        assertEquals(file + ":2:66", problems.get(0).get("location").asText());
        assertTrue(problems.get(0).get("message").asText().contains("attribute 'id' of <sectors>"));
        assertFalse(new ObjectMapper().readTree(run.out()).get(0).get("valid").asBoolean());
    }

    @Test
    void missingFileExitsThree() {
        CliRun run = CliRun.of("validate", "no-such-file.xml");

        assertEquals(3, run.exitCode());
        assertEquals("no-such-file.xml: file not found", run.err().strip());
    }

    @Test
    void reportsEveryFileEvenWhenOneIsInvalid(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.xml"), "");

        CliRun run = CliRun.of("validate", empty.toString(), CHECKLIST);

        assertEquals(3, run.exitCode());
        assertTrue(run.out().contains(empty + ": invalid"));
        assertTrue(run.out().contains(CHECKLIST + ": valid"));
    }

    @Test
    void countsReadAsWordsSingularForOne() {
        assertEquals("group", ValidateCommand.noun("groups", 1));
        assertEquals("policy", ValidateCommand.noun("policies", 1));
        assertEquals("service areas", ValidateCommand.noun("serviceAreas", 52));
        assertEquals("service area", ValidateCommand.noun("serviceAreas", 1));
    }
}
