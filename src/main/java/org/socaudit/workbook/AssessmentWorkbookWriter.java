package org.socaudit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.CouncilAssessment;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.Scale;

/**
 * Writes the combined workbook for senior management and members: the Executive Summary first,
 * then the checklist's sheets, the audit report's, the screening's (long ones streamed), the
 * questions for members, and one About sheet naming every input.
 */
public final class AssessmentWorkbookWriter {

    private final Map<String, String> sectorNames;
    private final MemberQuestions memberQuestions;

    /** A writer showing sectors by these names (sector id to name), ending with these questions for members. */
    public AssessmentWorkbookWriter(Map<String, String> sectorNames, MemberQuestions memberQuestions) {
        this.sectorNames = Map.copyOf(sectorNames);
        this.memberQuestions = Objects.requireNonNull(memberQuestions, "memberQuestions");
    }

    /** Writes the workbook to the stream. */
    public void write(CouncilAssessment assessment, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base);
        Scale scale = assessment.checklist().checklist().scale();
        new ExecutiveSummarySheet(styles, scale).write(base, assessment);
        ScoredWorkbookWriter.writeSheets(base, styles, assessment.checklist(), ScoredWorkbookWriter.CHECKLIST_SUMMARY);
        assessment.auditIfAny().ifPresent(audit -> new AuditReportSheets(styles, scale, sectorNames)
                .write(base, audit));
        assessment.screeningIfAny().ifPresent(s -> new ScreeningSummarySheet(styles, "Screening Summary")
                .write(base, s));
        // Written before streaming starts (a streamed sheet cannot be reread to size its rows), then
        // moved after the screening's streamed sheets.
        new MemberQuestionsSheet(styles).write(base, memberQuestions);
        SXSSFWorkbook workbook = new ScreeningWorkbookWriter.FastZippedWorkbook(base);
        try {
            assessment.screeningIfAny().ifPresent(s -> ScreeningWorkbookWriter.writeDetailSheets(workbook, styles, s));
            workbook.setSheetOrder(MemberQuestionsSheet.NAME, workbook.getNumberOfSheets() - 1);
            new AboutSheet(styles)
                    .write(
                            workbook,
                            assessment.run(),
                            about(assessment, memberQuestions),
                            ScoredWorkbookWriter.ABOUT_NOTE);
            AboutSheet.noteCutText(workbook, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static List<String[]> about(CouncilAssessment assessment, MemberQuestions memberQuestions) {
        List<String[]> facts = new ArrayList<>(ScoredWorkbookWriter.about(assessment.checklist()));
        facts.add(new String[] {"Assessed as at", assessment.asOf().toString()});
        assessment.auditIfAny().ifPresent(audit -> facts.addAll(AuditReportWriter.about(audit)));
        assessment.screeningIfAny().ifPresent(s -> facts.addAll(ScreeningWorkbookWriter.about(s)));
        facts.add(new String[] {
            "Questions for members",
            memberQuestions.info().title() + ", version "
                    + memberQuestions.info().version()
        });
        return facts;
    }
}
