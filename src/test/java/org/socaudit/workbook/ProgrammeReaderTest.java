package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socaudit.audit.ScopeProposer;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.PolicyCheck;
import org.socaudit.model.PolicyPractice;
import org.socaudit.model.Scale;
import org.socaudit.model.ScopeDecision;
import org.socaudit.testing.Cells;
import org.socaudit.xml.BundledContent;

/**
 * A programme filled in by openpyxl (see fill_programme_with_openpyxl.py beside the fixture) reads
 * back exactly, and one written by the toolkit survives the round trip; damage is reported at its cell.
 */
class ProgrammeReaderTest {

    private final AuditTemplate template = BundledContent.auditTemplate();
    private final Scale scale = BundledContent.checklist().scale();

    @Test
    void readsAProgrammeFilledInByAnotherClient() throws Exception {
        AuditProgramme programme;
        try (InputStream in = getClass().getResourceAsStream("/org/socaudit/audit/programme-filled-by-openpyxl.xlsx")) {
            programme = new ProgrammeReader(template, scale).read("programme.xlsx", in);
        }
        Map<String, AuditAnswer> answers =
                programme.answers().stream().collect(Collectors.toMap(AuditAnswer::questionId, Function.identity()));

        assertEquals("Testshire County Council", programme.authority());
        assertEquals(LocalDate.of(2026, 10, 1), programme.preparedOn(), "a date typed as text");
        // procurement-1 and -2 swapped places in a whole-row sort; each keeps its own answers.
        AuditAnswer first = answers.get("procurement-1");
        assertEquals(Assessment.NEEDS_IMPROVEMENT, first.rating());
        assertEquals("No due diligence on waste contractors", first.finding());
        assertEquals(Boolean.TRUE, first.deepDiveNeeded());
        assertEquals(LocalDate.of(2027, 3, 31), first.dueDate(), "a real date cell");
        AuditAnswer second = answers.get("procurement-2");
        assertEquals(Assessment.NEEDS_IMPROVEMENT, second.rating(), "'  needs improvement '");
        assertEquals(Boolean.FALSE, second.deepDiveNeeded(), "'no'");
        assertEquals(LocalDate.of(2027, 1, 31), second.dueDate(), "a date typed as text");
        assertEquals(Assessment.GOOD, answers.get("hr-whistleblowing-1").rating(), "'GOOD'");
        assertEquals(
                "=HYPERLINK(\"http://example.invalid\")",
                answers.get("housing-1").finding(),
                "stays text");
        assertEquals(63, programme.answers().size(), "hidden rows are read too");
        assertEquals(
                8, programme.answers().stream().filter(a -> a.rating() != null).count());

        Map<String, PolicyCheck> policies =
                programme.policies().stream().collect(Collectors.toMap(PolicyCheck::policyId, Function.identity()));
        assertEquals(Boolean.TRUE, policies.get("code-of-conduct").inPlace(), "'y'");
        assertEquals(PolicyPractice.PARTLY, policies.get("code-of-conduct").followed());
        assertEquals(
                LocalDate.of(2025, 3, 15),
                policies.get("gift-and-hospitality-register").lastReviewed());
        assertEquals(Boolean.FALSE, policies.get("whistleblowing-procedures").inPlace());
        assertNull(policies.get("strategic-planning").inPlace());

        Map<String, ScopeDecision> scope =
                programme.scope().stream().collect(Collectors.toMap(ScopeDecision::serviceId, Function.identity()));
        assertEquals(Boolean.TRUE, scope.get("waste-disposal").inScope());
        assertEquals("Agreed with police", scope.get("waste-disposal").notes());
        assertEquals(Boolean.FALSE, scope.get("asset-management").inScope(), "'no' over the proposed Yes");
        assertEquals(Boolean.TRUE, scope.get("cleaning").inScope(), "proposed and left as it was");
        assertNull(scope.get("hr").inScope());
    }

    @Test
    void writesAndReadsBackWhatWasRecorded() throws Exception {
        AuditProgramme written = new AuditProgramme(
                template.info().id(),
                template.info().version(),
                "Northbridge",
                LocalDate.of(2026, 9, 1),
                List.of(new ScopeDecision("licensing", true, "Taxi licensing")),
                List.of(new AuditAnswer(
                        "licensing-licences-2",
                        "Licensing Manager",
                        "Checks at renewal",
                        "No check of operators' links",
                        Assessment.ACCEPTABLE,
                        true,
                        "10 files sampled",
                        "Check operators at grant",
                        "Licensing Manager",
                        LocalDate.of(2027, 6, 30))),
                List.of(new PolicyCheck(
                        "licensing-guidelines",
                        true,
                        "Licensing Manager",
                        LocalDate.of(2024, 5, 1),
                        PolicyPractice.YES,
                        "ok")));

        AuditProgramme read =
                new ProgrammeReader(template, scale).read("p.xlsx", new ByteArrayInputStream(write(written)));

        assertEquals("Northbridge", read.authority());
        assertEquals(written.preparedOn(), read.preparedOn());
        assertEquals(
                written.answers().get(0),
                read.answers().stream()
                        .filter(a -> a.questionId().equals("licensing-licences-2"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                written.policies().get(0),
                read.policies().stream()
                        .filter(p -> p.policyId().equals("licensing-guidelines"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                written.scope().get(0),
                read.scope().stream()
                        .filter(s -> s.serviceId().equals("licensing"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void reportsABadRatingAndDateAtTheirCells() throws Exception {
        byte[] bytes = edit(write(blank()), workbook -> {
            Sheet sheet = workbook.getSheet("Audit Questions");
            Row row = sheet.getRow(3);
            Cells.cell(row, "Rating").setCellValue("Fine");
            Cells.cell(row, "Due date").setCellValue("31/02/2027");
        });

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(bytes));

        String message = e.getMessage();
        assertTrue(
                message.contains("p.xlsx!Audit Questions!L4: 'Fine' is not one of Good, Acceptable, Needs improvement"),
                message);
        assertTrue(message.contains("p.xlsx!Audit Questions!V4: '31/02/2027' is not a date"), message);
    }

    @Test
    void aProblemOnOneSheetDoesNotHideAnswersMovedOnAnother() throws Exception {
        byte[] bytes = edit(write(blank()), workbook -> {
            // Scope: two services' names swapped without their hidden ids.
            Sheet scope = workbook.getSheet("Scope");
            int top = Cells.headerRow(scope, "Service") + 1;
            String first = Cells.cell(scope.getRow(top), "Service").getStringCellValue();
            Cells.cell(scope.getRow(top), "Service")
                    .setCellValue(Cells.cell(scope.getRow(top + 1), "Service").getStringCellValue());
            Cells.cell(scope.getRow(top + 1), "Service").setCellValue(first);
            Sheet questions = workbook.getSheet("Audit Questions");
            Cells.cell(questions.getRow(3), "Finding").setCellValue("First");
            Cells.cell(questions.getRow(4), "Finding").setCellValue("Second");
            // The Finding column sorted on its own, formats and all (Z to A).
            var a = Cells.cell(questions.getRow(3), "Finding");
            var b = Cells.cell(questions.getRow(4), "Finding");
            var style = a.getCellStyle();
            a.setCellStyle(b.getCellStyle());
            b.setCellStyle(style);
            a.setCellValue("Second");
            b.setCellValue("First");
        });

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(bytes));

        assertTrue(e.getMessage().contains("p.xlsx!Scope!"), e.getMessage());
        assertTrue(e.getMessage().contains("p.xlsx!Audit Questions!"), e.getMessage());
        assertTrue(e.getMessage().contains("this answer came from"), e.getMessage());
    }

    @Test
    void refusesRowsSortedWithoutTheirHiddenIds() throws Exception {
        byte[] bytes = edit(write(blank()), workbook -> {
            Sheet sheet = workbook.getSheet("Audit Questions");
            // Swap the visible Ref of two rows, as a sort of the visible columns only would.
            String first = sheet.getRow(3).getCell(2).getStringCellValue();
            sheet.getRow(3).getCell(2).setCellValue(sheet.getRow(4).getCell(2).getStringCellValue());
            sheet.getRow(4).getCell(2).setCellValue(first);
        });

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(bytes));

        assertTrue(e.getMessage().contains("p.xlsx!Audit Questions!C4: this row shows '1.2'"), e.getMessage());
    }

    @Test
    void refusesAWorkbookWithoutTheHiddenIdsSheet() throws Exception {
        byte[] bytes = edit(write(blank()), workbook -> workbook.removeSheetAt(workbook.getSheetIndex("ids")));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(bytes));

        assertTrue(e.getMessage().contains("is not an audit programme made by 'soc-audit audit-plan'"), e.getMessage());
    }

    @Test
    void refusesAChecklistWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var checklist = BundledContent.checklist();
        new ChecklistWorkbookWriter()
                .write(
                        checklist,
                        new org.socaudit.model.ChecklistResponses(
                                checklist.info().id(), checklist.info().version(), "", null, null, List.of()),
                        bytes);

        assertThrows(InvalidInputException.class, () -> read(bytes.toByteArray()));
    }

    private AuditProgramme blank() {
        return AuditProgramme.blank(template, "Testshire", null);
    }

    private byte[] write(AuditProgramme programme) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProgrammeWorkbookWriter(scale).write(new ScopeProposer().propose(template), programme, bytes);
        return bytes.toByteArray();
    }

    private AuditProgramme read(byte[] bytes) throws InvalidInputException {
        return new ProgrammeReader(template, scale).read("p.xlsx", new ByteArrayInputStream(bytes));
    }

    private interface Edit {
        void apply(XSSFWorkbook workbook) throws Exception;
    }

    private static byte[] edit(byte[] bytes, Edit edit) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            edit.apply(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
