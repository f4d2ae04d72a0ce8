package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

    @Test
    void showsTheBundledChecklistQuestionByQuestion() {
        CliRun run = CliRun.of("show", "checklist");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("GOVERNANCE AND STRATEGY"));
        assertTrue(run.out().contains("4. Procurement"));
        assertTrue(run.out().contains("        - Gifts and hospitality register"));
        assertTrue(run.out().contains("32 questions in 10 sections."));
    }

    @Test
    void showsTheAuditTemplateWithAtRiskServicesMarked() {
        CliRun run = CliRun.of("show", "audit");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("* Refuse Collection:"), run.out());
        assertTrue(run.out().contains("Step 4. Take action"));
        assertTrue(run.out().contains("Whistleblowing procedures"));
    }

    @Test
    void showsSectorsAndTheNonInvolvementStatements() {
        CliRun run = CliRun.of("show", "sectors");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("[ENVIRONMENTAL]"));
        assertTrue(run.out().contains("Regulation 57 (1) of the Public Contract Regulations 2015"), run.out());
        assertTrue(run.out().contains("Procurement Act 2023"));
    }

    @Test
    void showsTheQuestionsForMembersByBodyWithWhatToExpect() {
        CliRun run = CliRun.of("show", "member-questions");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Questions for police and crime panels [PCP]"), run.out());
        assertTrue(run.out().contains("  CSP 1   Is serious and organised crime considered in the local community"));
        assertTrue(run.out().contains("            - members of the public"));
        assertTrue(run.out().contains("  Expect: Councillors should be reassured that serious and organised crime"));
        assertTrue(run.out().contains("Key ways councillors can protect their council from serious and organised"));
        assertTrue(run.out().contains("56 questions for 7 bodies."));
    }

    @Test
    void showsAGivenFileAndRejectsOneOfAnotherKind(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("council-checklist.xml");
        Files.copy(Path.of("checklists/la-soc-checklist.xml"), copy);

        assertEquals(
                0, CliRun.of("show", "checklist", "--file", copy.toString()).exitCode());
        CliRun wrongKind = CliRun.of("show", "sectors", "--file", copy.toString());
        assertEquals(3, wrongKind.exitCode());
        assertEquals(
                copy + ": is a checklist document, expected a sectors document",
                wrongKind.err().strip());
    }

    @Test
    void unknownContentIsAUsageError() {
        assertEquals(2, CliRun.of("show", "budget").exitCode());
    }
}
