package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.socaudit.audit.ScopeProposer;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditScope;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.KeyPolicies;
import org.socaudit.model.Scale;
import org.socaudit.testing.Cells;
import org.socaudit.xml.BundledContent;

/** The source's annex headings and the policies' introduction are shown above the programme's tables. */
class ProgrammeWorkbookWriterTest {

    private final Scale scale = BundledContent.checklist().scale();

    @Test
    void keyPoliciesShowTheSourcesHeadingThenItsIntroductionAboveTheTable() throws Exception {
        AuditTemplate template = BundledContent.auditTemplate();

        try (XSSFWorkbook book = write(template)) {
            Sheet sheet = book.getSheet(ProgrammeLayout.POLICIES);
            int header = Cells.headerRow(sheet, ProgrammeLayout.POLICY);
            assertEquals(4, header);
            assertEquals(ProgrammeLayout.ANNEX_2_HEADING, text(sheet, 2, 0));
            assertEquals(template.keyPolicies().heading(), text(sheet, 2, 1));
            assertEquals(ProgrammeLayout.FROM_THE_SOURCE, text(sheet, 3, 0));
            assertEquals("(there are likely to be other plans and strategies not captured here)", text(sheet, 3, 1));
            assertEquals("Asset Disposal Procedures", text(sheet, header + 1, 0));
            // The In place dropdown starts on the first policy, not on the header.
            assertEquals(
                    header + 1, validationFirstRow((XSSFSheet) sheet, Cells.column(sheet, ProgrammeLayout.IN_PLACE)));
            assertEquals(header + 1, sheet.getPaneInformation().getHorizontalSplitTopRow());
        }
    }

    @Test
    void aLeadParagraphWrapsWithinTheTablesPrintedWidth() throws Exception {
        try (XSSFWorkbook book = write(BundledContent.auditTemplate())) {
            Sheet policies = book.getSheet(ProgrammeLayout.POLICIES);
            CellRangeAddress heading = mergedAt(policies, 2);
            assertEquals(1, heading.getFirstColumn());
            assertEquals(
                    Cells.column(policies, ProgrammeLayout.NOTES), heading.getLastColumn(), "to the last column shown");
            assertTrue(policies.getRow(2).getCell(1).getCellStyle().getWrapText());

            // The Scope table prints two pages wide, so its lead keeps to the first page.
            Sheet scope = book.getSheet(ProgrammeLayout.SCOPE);
            assertEquals(ProgrammeLayout.ANNEX_1_HEADING, text(scope, 2, 0));
            assertEquals("POTENTIAL AREAS FOR SERIOUS AND ORGANISED CRIME AUDIT", text(scope, 2, 1));
            CellRangeAddress scopeHeading = mergedAt(scope, 2);
            int reached = 0;
            for (int c = 0; c <= scopeHeading.getLastColumn(); c++) {
                reached += scope.isColumnHidden(c) ? 0 : scope.getColumnWidth(c) / 256;
            }
            assertTrue(reached <= TableSheet.MOST_PRINTED_WIDTH / 2 + 10, "reaches " + reached + " characters");
            assertEquals(3, Cells.headerRow(scope, ProgrammeLayout.SERVICE));
        }
    }

    @Test
    void aTemplateWithoutHeadingsOrIntroductionKeepsTheTablesWhereTheyWere() throws Exception {
        AuditTemplate bundled = BundledContent.auditTemplate();
        AuditScope scope = bundled.scope();
        AuditTemplate plain = new AuditTemplate(
                bundled.info(),
                bundled.guidance(),
                bundled.overarchingQuestions(),
                bundled.steps(),
                bundled.areas(),
                new AuditScope("", scope.introduction(), scope.atRiskBasis(), scope.directorates()),
                new KeyPolicies("", List.of(), bundled.policies()),
                bundled.checklistLinks());

        try (XSSFWorkbook book = write(plain)) {
            assertEquals(2, Cells.headerRow(book.getSheet(ProgrammeLayout.POLICIES), ProgrammeLayout.POLICY));
            assertEquals(2, Cells.headerRow(book.getSheet(ProgrammeLayout.SCOPE), ProgrammeLayout.SERVICE));
            assertTrue(Cells.shows(
                    book.getSheet(ProgrammeLayout.PROCESS), "Annex 2 (key plans, policies and procedures)"));
        }
    }

    private XSSFWorkbook write(AuditTemplate template) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProgrammeWorkbookWriter(scale)
                .write(new ScopeProposer().propose(template), AuditProgramme.blank(template, "Testshire", null), bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static CellRangeAddress mergedAt(Sheet sheet, int row) {
        return sheet.getMergedRegions().stream()
                .filter(r -> r.getFirstRow() == row)
                .findFirst()
                .orElseThrow();
    }

    private static int validationFirstRow(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .flatMap(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses()))
                .filter(r -> r.getFirstColumn() == column)
                .mapToInt(CellRangeAddress::getFirstRow)
                .findFirst()
                .orElseThrow();
    }
}
