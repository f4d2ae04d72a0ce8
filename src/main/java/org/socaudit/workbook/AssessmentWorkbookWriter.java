package org.socaudit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.CouncilAssessment;
import org.socaudit.model.Scale;

/**
 * Writes the combined workbook for senior management and members: the Executive Summary first,
 * then the checklist's sheets, the audit report's, the screening's (long ones streamed) and one
 * About sheet naming every input.
 */
public final class AssessmentWorkbookWriter {

    private final Map<String, String> sectorNames;

    /** A writer showing sectors by these names (sector id to name). */
    public AssessmentWorkbookWriter(Map<String, String> sectorNames) {
        this.sectorNames = Map.copyOf(sectorNames);
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
        SXSSFWorkbook workbook = new ScreeningWorkbookWriter.FastZippedWorkbook(base);
        try {
            assessment.screeningIfAny().ifPresent(s -> ScreeningWorkbookWriter.writeDetailSheets(workbook, styles, s));
            new AboutSheet(styles)
                    .write(workbook, assessment.run(), about(assessment), ScoredWorkbookWriter.ABOUT_NOTE);
            AboutSheet.noteCutText(workbook, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static List<String[]> about(CouncilAssessment assessment) {
        List<String[]> facts = new ArrayList<>(ScoredWorkbookWriter.about(assessment.checklist()));
        facts.add(new String[] {"Assessed as at", assessment.asOf().toString()});
        assessment.auditIfAny().ifPresent(audit -> facts.addAll(AuditReportWriter.about(audit)));
        assessment.screeningIfAny().ifPresent(s -> facts.addAll(ScreeningWorkbookWriter.about(s)));
        return facts;
    }
}
