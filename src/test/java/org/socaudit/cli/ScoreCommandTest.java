package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.testing.Cells;

class ScoreCommandTest {

    @TempDir
    Path dir;

    @Test
    void templateThenScoreGivesTheDocumentedJson() throws Exception {
        Path responses = demoResponses("demo-responses-2026.xml");

        CliRun run = CliRun.of("score", "--responses", responses.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        // 11 Good, 13 Acceptable, 8 Needs improvement: (22 + 13) / 64 = 54.7%.
        assertEquals(54.7, json.at("/overall/percent").asDouble(), 1e-9);
        assertEquals("Acceptable", json.at("/overall/rating").asText());
        assertEquals(100.0, json.at("/overall/coverage").asDouble(), 1e-9);
        assertEquals(11, json.at("/counts/good").asInt());
        assertEquals(13, json.at("/counts/acceptable").asInt());
        assertEquals(8, json.at("/counts/needsImprovement").asInt());
        assertEquals(0, json.at("/counts/unanswered").asInt());
        assertEquals(10, json.get("sections").size());
        assertEquals("procurement", json.at("/sections/8/id").asText());
        assertEquals(6, json.at("/sections/8/answered").asInt());
        assertEquals(21, json.get("improvementActions").asInt());
        assertEquals(5, json.get("qualityFlags").asInt());
    }

    @Test
    void writesTheScoredWorkbookWithAComparison() throws Exception {
        Path out = dir.resolve("scored.xlsx");

        CliRun run = CliRun.of(
                "score",
                "--responses",
                demoResponses("demo-responses-2026.xml").toString(),
                "--previous",
                demoResponses("demo-responses-2025.xml").toString(),
                "--out",
                out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Overall: 55% Acceptable (32 of 32 questions answered)"), run.out());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            assertTrue(book.getSheetIndex("Comparison") > 0);
        }
        assertEquals(List.of(out), listDir(), "no temporary file left beside the output");
    }

    @Test
    void scoresAFilledWorkbookAndAcceptsItsScoredWorkbookAsPrevious() throws Exception {
        Path template = dir.resolve("checklist.xlsx");
        assertEquals(
                0,
                CliRun.of("template", "--authority", "Testshire", "--out", template.toString())
                        .exitCode());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(template))) {
            Cells.cell(book.getSheet("Checklist"), "Ref", "GS 3a", "Assessment").setCellValue("Good");
            try (var out = Files.newOutputStream(template)) {
                book.write(out);
            }
        }
        Path scored = dir.resolve("scored.xlsx");
        assertEquals(
                0,
                CliRun.of("score", "--responses", template.toString(), "--out", scored.toString())
                        .exitCode());

        CliRun run = CliRun.of("score", "--responses", template.toString(), "--previous", scored.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(
                31,
                new ObjectMapper().readTree(run.out()).at("/counts/unanswered").asInt());
    }

    @Test
    void aBlankChecklistIsNotScoredAsZeroAnswered() {
        Path template = dir.resolve("checklist.xlsx");
        CliRun.of("template", "--out", template.toString());

        CliRun run = CliRun.of("score", "--responses", template.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("no answers found"), run.err());
        assertTrue(run.err().contains("is this the filled-in file?"), run.err());
    }

    @Test
    void badAssessmentExitsThreeWithTheCellAndWritesNothing() throws Exception {
        Path filled = dir.resolve("filled.xlsx");
        CliRun.of("template", "--out", filled.toString());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(filled))) {
            Cells.cell(book.getSheet("Checklist"), "Ref", "GS 3a", "Assessment").setCellValue("Gud");
            try (var out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        Path out = dir.resolve("scored.xlsx");

        CliRun run = CliRun.of("score", "--responses", filled.toString(), "--out", out.toString());

        assertEquals(3, run.exitCode());
        assertEquals(
                filled + "!Checklist!G14: 'Gud' is not one of Good, Acceptable, Needs improvement",
                run.err().strip());
        assertFalse(Files.exists(out));
        assertEquals(List.of(filled), listDir());
    }

    @Test
    void refusesToOverwriteItsInputWithUsageError() throws Exception {
        Path responses = demoResponses("demo-responses-2026.xml");
        byte[] before = Files.readAllBytes(responses);

        CliRun run = CliRun.of("score", "--responses", responses.toString(), "--out", responses.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("refusing to overwrite the input file"), run.err());
        assertArrayEquals(before, Files.readAllBytes(responses));
    }

    @Test
    void responsesForAnotherChecklistAreRefused() throws Exception {
        Path responses = dir.resolve("other.xml");
        Files.writeString(
                responses,
                "<responses xmlns=\"urn:soc-audit:responses:1\" checklist=\"other-checklist\" checklistVersion=\"2.0\">"
                        + "<authority>X</authority></responses>");

        CliRun run = CliRun.of("score", "--responses", responses.toString());

        assertEquals(3, run.exitCode());
        assertTrue(
                run.err()
                        .startsWith(
                                responses + ":1:97: these responses are for checklist other-checklist version 2.0,"),
                run.err());
    }

    @Test
    void unknownQuestionInResponsesIsReported() throws Exception {
        Path responses = dir.resolve("typo.xml");
        Files.writeString(
                responses,
                "<responses xmlns=\"urn:soc-audit:responses:1\" checklist=\"la-soc-checklist\" checklistVersion=\"1.0\">"
                        + "<authority>X</authority><response question=\"procurement-z\" assessment=\"good\"/></responses>");

        CliRun run = CliRun.of("score", "--responses", responses.toString());

        assertEquals(3, run.exitCode());
        assertEquals(
                responses + ":1:176: question 'procurement-z' is not in checklist la-soc-checklist version 1.0",
                run.err().strip());
    }

    private Path demoResponses(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/org/socaudit/demo/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private List<Path> listDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().startsWith("demo-responses"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void warnsWhenThePreviousChecklistIsAnotherCouncilsOrTheLaterOne() throws Exception {
        Path thisYear = dir.resolve("2026.xml");
        Path lastYear = dir.resolve("2025.xml");
        try (var in = getClass().getResourceAsStream("/org/socaudit/demo/demo-responses-2026.xml")) {
            Files.write(thisYear, in.readAllBytes());
        }
        try (var in = getClass().getResourceAsStream("/org/socaudit/demo/demo-responses-2025.xml")) {
            Files.writeString(
                    lastYear,
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .replace("Northbridge Borough Council (fictional)", "Southbridge District Council"));
        }

        CliRun swapped = CliRun.of("score", "--responses", lastYear.toString(), "--previous", thisYear.toString());

        assertEquals(0, swapped.exitCode(), swapped.err());
        assertTrue(
                swapped.err()
                        .contains("is Northbridge Borough Council (fictional)'s checklist, not Southbridge"
                                + " District Council's"),
                swapped.err());
        assertTrue(swapped.err().contains("--previous should be the earlier one"), swapped.err());
        CliRun usual = CliRun.of("score", "--responses", thisYear.toString(), "--previous", thisYear.toString());
        assertFalse(usual.err().contains("warning"), usual.err());
    }

    @Test
    void namesTheKindOfFileExpectedWhenGivenACsv() throws Exception {
        Path csv = java.nio.file.Files.writeString(dir.resolve("answers.csv"), "Question,Answer\n1,Good\n");

        CliRun run = CliRun.of("score", "--responses", csv.toString());

        assertEquals(3, run.exitCode());
        assertTrue(
                run.err().contains("expected a filled checklist workbook (.xlsx) or a responses XML file"), run.err());
        assertFalse(run.err().contains("prolog"), run.err());
    }
}
