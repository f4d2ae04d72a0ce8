package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.Response;
import org.socaudit.testing.Cells;
import org.socaudit.workbook.FilledChecklistReader;
import org.socaudit.workbook.ProgrammeReader;
import org.socaudit.xml.BundledContent;

/**
 * Both fillable workbooks, filled, sorted, filtered, hidden and saved by LibreOffice Calc itself
 * (driven through its UNO API by calc_drive.py), then read back through the command line. Whole-row
 * sorts, filters and hidden rows must read back exactly; every sort of some columns only must be
 * refused with the rows named. Skipped, with a message, where LibreOffice or python3-uno is missing;
 * .ci/run installs both and sets SOC_AUDIT_REQUIRE_LIBREOFFICE, which turns the skip into a failure.
 */
class LibreOfficeRoundTripTest {

    private static final String RESPONSE = "Response / Action taken";
    private static final String EVIDENCE = "Evidence / reference";

    @TempDir
    static Path dir;

    private static String python;
    private static String skipped;

    /** What was typed into the checklist, by question id and header. */
    private static final Map<String, Map<String, Object>> CHECKLIST = new LinkedHashMap<>();

    /** What was typed into the programme's Audit Questions, by question id and header. */
    private static final Map<String, Map<String, Object>> PROGRAMME = new LinkedHashMap<>();

    static {
        CHECKLIST.put(
                "awareness-a",
                answer("Good", "Strategy agreed by CMT", "Chief Executive", "2027-03-31", "CMT minutes"));
        CHECKLIST.put("awareness-b", answer("Needs improvement", "No training yet", "Head of HR", null, null));
        CHECKLIST.put(
                "risk-management-a", answer("Acceptable", "On the risk register", "Head of Audit", null, "Register"));
        CHECKLIST.put(
                "procurement-b",
                answer("Needs improvement", "Checks planned", "Head of Procurement", "2027-06-30", null));
        CHECKLIST.put("insider-threat-a", answer("Good", "Vetting in place", "Head of HR", null, "HR policy"));
    }

    private static Map<String, Object> answer(
            String rating, String response, String owner, String date, String evidence) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put("Assessment", rating);
        cells.put(RESPONSE, response);
        cells.put("Owner", owner);
        if (date != null) {
            cells.put("Target date", Map.of("date", date));
        }
        if (evidence != null) {
            cells.put(EVIDENCE, evidence);
        }
        return cells;
    }

    @BeforeAll
    static void driveLibreOffice() throws Exception {
        python = unoPython();
        if (python == null) {
            skipped = "LibreOffice (soffice) with python3-uno was not found, so the tests that drive a real"
                    + " spreadsheet program are skipped; install libreoffice-calc-nogui and python3-uno"
                    + " (.ci/run does)";
            System.err.println(skipped);
            assertTrue(
                    System.getenv("SOC_AUDIT_REQUIRE_LIBREOFFICE") == null,
                    "SOC_AUDIT_REQUIRE_LIBREOFFICE is set (as .ci/run sets it), so this cannot be skipped: " + skipped);
            return;
        }
        Path checklist = dir.resolve("checklist.xlsx");
        assertEquals(
                0,
                CliRun.of("template", "--authority", "Testshire", "--out", checklist.toString())
                        .exitCode());
        Path programme = dir.resolve("programme.xlsx");
        assertEquals(0, CliRun.of("audit-plan", "--out", programme.toString()).exitCode());
        fillProgrammeAnswers(programme);

        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ArrayNode jobs = root.putArray("jobs");
        for (Map.Entry<String, List<Map<String, Object>>> job : checklistJobs().entrySet()) {
            jobs.add(job(json, checklist, job.getKey(), "Checklist", "Question id", CHECKLIST, job.getValue()));
        }
        for (Map.Entry<String, List<Map<String, Object>>> job : programmeJobs().entrySet()) {
            jobs.add(job(json, programme, job.getKey(), "Audit Questions", "Question id", PROGRAMME, job.getValue()));
        }
        Path spec = dir.resolve("jobs.json");
        json.writeValue(spec.toFile(), root);
        Process process = new ProcessBuilder(python, script().toString(), spec.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "LibreOffice finished");
        assertEquals(0, process.exitValue(), output);
    }

    private static Map<String, List<Map<String, Object>>> checklistJobs() {
        Map<String, List<Map<String, Object>>> jobs = new LinkedHashMap<>();
        jobs.put("c-filled", List.of());
        jobs.put("c-rows", List.of(rows("Assessment", false, true)));
        jobs.put("c-rows-no-formats", List.of(rows(RESPONSE, true, false)));
        jobs.put(
                "c-filter-hide",
                List.of(Map.of("filter", "Owner", "equals", "Head of HR"), Map.of("hide", List.of("awareness-a"))));
        jobs.put(
                "c-cut-paste",
                List.of(Map.of("cut", "awareness-b", "paste", "awareness-c", "from", RESPONSE, "to", EVIDENCE)));
        jobs.put("c-answers", List.of(columns(RESPONSE, EVIDENCE, RESPONSE, true)));
        jobs.put("c-answers-no-formats", List.of(columns(RESPONSE, EVIDENCE, "Owner", false)));
        jobs.put("c-assessment", List.of(columns("Assessment", "Assessment", "Assessment", true)));
        jobs.put("c-owner-and-date", List.of(columns("Owner", "Target date", "Owner", false)));
        jobs.put("c-response-alone-no-formats", List.of(columns(RESPONSE, RESPONSE, RESPONSE, false)));
        jobs.put("c-question-and-response-no-formats", List.of(columns("Question", RESPONSE, RESPONSE, false)));
        return jobs;
    }

    private static Map<String, List<Map<String, Object>>> programmeJobs() {
        Map<String, List<Map<String, Object>>> jobs = new LinkedHashMap<>();
        jobs.put("p-filled", List.of());
        jobs.put("p-rows", List.of(rows("Rating", false, true)));
        jobs.put("p-rows-no-formats", List.of(rows("Owner", true, false)));
        jobs.put(
                "p-filter-hide",
                List.of(
                        Map.of("filter", "Rating", "equals", "Good"),
                        Map.of("hide", List.of(PROGRAMME.keySet().iterator().next()))));
        jobs.put("p-answers", List.of(columns("Lead interviewed", "Due date", "Finding", true)));
        jobs.put("p-answers-no-formats", List.of(columns("Lead interviewed", "Due date", "Finding", false)));
        jobs.put("p-rating", List.of(columns("Rating", "Rating", "Rating", true)));
        jobs.put(
                "p-question-and-lead-no-formats",
                List.of(columns("Question", "Lead interviewed", "Lead interviewed", false)));
        return jobs;
    }

    private static Map<String, Object> rows(String by, boolean descending, boolean formats) {
        return Map.of("sort", "rows", "by", by, "descending", descending, "formats", formats);
    }

    private static Map<String, Object> columns(String from, String to, String by, boolean formats) {
        return Map.of("sort", "columns", "from", from, "to", to, "by", by, "descending", false, "formats", formats);
    }

    private static ObjectNode job(
            ObjectMapper json,
            Path in,
            String name,
            String sheet,
            String idHeader,
            Map<String, Map<String, Object>> fill,
            List<Map<String, Object>> actions) {
        ObjectNode job = json.createObjectNode();
        job.put("in", in.toString());
        job.put("out", dir.resolve(name + ".xlsx").toString());
        job.put("sheet", sheet);
        job.put("id_header", idHeader);
        job.set("fill", json.valueToTree(fill));
        job.set("actions", json.valueToTree(actions));
        return job;
    }

    /** Answers for the first five questions of the programme, whatever their ids. */
    private static void fillProgrammeAnswers(Path programme) throws IOException {
        String[] ratings = {"Good", "Needs improvement", "Acceptable", "Good", "Needs improvement"};
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(programme))) {
            Sheet sheet = book.getSheet("Audit Questions");
            int idColumn = Cells.column(sheet, "Question id");
            for (int i = 0; i < ratings.length; i++) {
                String id = sheet.getRow(3 + i).getCell(idColumn).getStringCellValue();
                Map<String, Object> cells = new LinkedHashMap<>();
                cells.put("Lead interviewed", "Lead " + (char) ('E' - i));
                cells.put("Response", "Said " + i);
                cells.put("Finding", "Finding " + (char) ('Z' - i));
                cells.put("Rating", ratings[i]);
                cells.put("Owner", "Owner " + i);
                if (i % 2 == 0) {
                    cells.put("Due date", Map.of("date", "2027-0" + (i + 1) + "-15"));
                }
                PROGRAMME.put(id, cells);
            }
        }
    }

    // --- the checklist -----------------------------------------------------------------------

    @Test
    void checklistFilledAndSavedReadsBackExactly() throws Exception {
        assertChecklistExact("c-filled");
    }

    @Test
    void checklistSortedByWholeRowsReadsBackExactly() throws Exception {
        assertChecklistExact("c-rows");
    }

    @Test
    void checklistSortedByWholeRowsWithoutFormatsReadsBackExactly() throws Exception {
        assertChecklistExact("c-rows-no-formats");
    }

    @Test
    void checklistFilteredAndHiddenReadsBackExactly() throws Exception {
        assertChecklistExact("c-filter-hide");
    }

    @Test
    void checklistAnswersCutAndPastedOntoAnotherQuestionAreRefusedWithTheWayToDoIt() {
        // A cut and paste with formats leaves what a sort leaves, so it is refused like one.
        CliRun run = score("c-cut-paste");
        assertRefused(run, "Checklist");
        assertTrue(run.err().contains("paste the value only (Paste Special, Values)"), run.err());
    }

    @Test
    void checklistQuestionAndResponseSortedTogetherWithoutFormatsAreRefused() {
        assertRefused(score("c-question-and-response-no-formats"), "Checklist");
    }

    @Test
    void checklistAnswerColumnsSortedAloneAreRefused() {
        assertRefused(score("c-answers"), "Checklist");
    }

    @Test
    void checklistAnswerColumnsSortedAloneWithoutFormatsAreRefused() {
        assertRefused(score("c-answers-no-formats"), "Checklist");
    }

    @Test
    void checklistAssessmentColumnSortedAloneIsRefused() {
        assertRefused(score("c-assessment"), "Checklist");
    }

    @Test
    void checklistTwoAnswerColumnsSortedWithoutFormatsAreRefused() {
        assertRefused(score("c-owner-and-date"), "Checklist");
    }

    @Test
    void checklistResponseColumnSortedAloneWithoutFormatsIsWarnedAbout() {
        // The one sort that leaves no mark: it is read, with a warning naming the column.
        CliRun run = score("c-response-alone-no-formats");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(
                run.err().contains("warning: ") && run.err().contains("'Response / Action taken' answers run in"),
                run.err());
    }

    // --- the audit programme -----------------------------------------------------------------

    @Test
    void programmeFilledAndSavedReadsBackExactly() throws Exception {
        assertProgrammeExact("p-filled");
    }

    @Test
    void programmeSortedByWholeRowsReadsBackExactly() throws Exception {
        assertProgrammeExact("p-rows");
    }

    @Test
    void programmeSortedByWholeRowsWithoutFormatsReadsBackExactly() throws Exception {
        assertProgrammeExact("p-rows-no-formats");
    }

    @Test
    void programmeFilteredAndHiddenReadsBackExactly() throws Exception {
        assertProgrammeExact("p-filter-hide");
    }

    @Test
    void programmeAnswerColumnsSortedAloneAreRefused() {
        assertRefused(report("p-answers"), "Audit Questions");
    }

    @Test
    void programmeAnswerColumnsSortedAloneWithoutFormatsAreRefused() {
        assertRefused(report("p-answers-no-formats"), "Audit Questions");
    }

    @Test
    void programmeQuestionAndLeadSortedTogetherWithoutFormatsAreRefused() {
        assertRefused(report("p-question-and-lead-no-formats"), "Audit Questions");
    }

    @Test
    void programmeRatingColumnSortedAloneIsRefused() {
        assertRefused(report("p-rating"), "Audit Questions");
    }

    // --- helpers -------------------------------------------------------------------------------

    private static CliRun score(String name) {
        assumeTrue(python != null, skipped);
        return CliRun.of("score", "--responses", dir.resolve(name + ".xlsx").toString());
    }

    private static CliRun report(String name) {
        assumeTrue(python != null, skipped);
        return CliRun.of(
                "audit-report", "--programme", dir.resolve(name + ".xlsx").toString());
    }

    private static void assertRefused(CliRun run, String sheet) {
        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("!" + sheet + "!"), run.err());
        assertTrue(run.err().contains("this answer came from"), run.err());
        assertTrue(run.err().contains("Undo it (Ctrl+Z)"), run.err());
    }

    private void assertChecklistExact(String name) throws Exception {
        CliRun run = score(name);
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Response> read = checklistAnswers(name);
        assertEquals(CHECKLIST.keySet(), read.keySet());
        CHECKLIST.forEach((id, typed) -> {
            Response r = read.get(id);
            assertEquals(
                    typed.get("Assessment"), BundledContent.checklist().scale().label(r.assessment()), id);
            assertEquals(typed.get(RESPONSE), r.actionTaken(), id);
            assertEquals(typed.get("Owner"), r.owner(), id);
            assertEquals(date(typed.get("Target date")), r.targetDate(), id);
            assertEquals(typed.get(EVIDENCE), r.evidence(), id);
        });
    }

    /** The answered questions of a saved checklist, read by the toolkit's reader. */
    private static Map<String, Response> checklistAnswers(String name) throws Exception {
        FilledChecklist filled;
        try (InputStream in = Files.newInputStream(dir.resolve(name + ".xlsx"))) {
            filled = new FilledChecklistReader().read(name, in, BundledContent.checklist());
        }
        return filled.responses().responses().stream()
                .filter(r -> !r.isBlank())
                .collect(Collectors.toMap(Response::questionId, Function.identity()));
    }

    private void assertProgrammeExact(String name) throws Exception {
        CliRun run = report(name);
        assertEquals(0, run.exitCode(), run.err());
        List<AuditAnswer> answers;
        try (InputStream in = Files.newInputStream(dir.resolve(name + ".xlsx"))) {
            answers = new ProgrammeReader(
                            BundledContent.auditTemplate(),
                            BundledContent.checklist().scale())
                    .read(name, in)
                    .answers();
        }
        Map<String, AuditAnswer> read = answers.stream()
                .filter(a -> !a.isBlank())
                .collect(Collectors.toMap(AuditAnswer::questionId, Function.identity()));
        assertEquals(PROGRAMME.keySet(), read.keySet());
        PROGRAMME.forEach((id, typed) -> {
            AuditAnswer a = read.get(id);
            assertEquals(typed.get("Lead interviewed"), a.lead(), id);
            assertEquals(typed.get("Response"), a.response(), id);
            assertEquals(typed.get("Finding"), a.finding(), id);
            assertEquals(typed.get("Rating"), BundledContent.checklist().scale().label(a.rating()), id);
            assertEquals(typed.get("Owner"), a.owner(), id);
            assertEquals(date(typed.get("Due date")), a.dueDate(), id);
        });
    }

    private static LocalDate date(Object typed) {
        return typed == null
                ? null
                : LocalDate.parse(((Map<?, ?>) typed).get("date").toString());
    }

    private static Path script() throws URISyntaxException {
        return Path.of(LibreOfficeRoundTripTest.class
                .getResource("/org/socaudit/workbook/calc_drive.py")
                .toURI());
    }

    /** A python3 that can import uno, when soffice is installed too; null otherwise. */
    private static String unoPython() {
        if (!onPath("soffice")) {
            return null;
        }
        List<String> candidates = new ArrayList<>(List.of("/usr/bin/python3", "python3"));
        for (String candidate : candidates) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import uno")
                        .redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next one
            }
        }
        return null;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
