package org.socaudit.workbook;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditFinding;
import org.socaudit.model.AuditReport;
import org.socaudit.model.CouncilAssessment;
import org.socaudit.model.DueAction;
import org.socaudit.model.RatedScore;
import org.socaudit.model.RiskSector;
import org.socaudit.model.Scale;
import org.socaudit.model.ScoreCard;
import org.socaudit.model.ScreeningReport;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.Variance;

/**
 * The first sheet of the combined workbook, for senior management and members: the headline
 * ratings, top risks, section scores and flagged spend with charts, where management rates itself
 * better than audit, and the actions due in the next 90 days.
 */
final class ExecutiveSummarySheet {

    static final String NAME = "Executive Summary";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final int[] WIDTHS = {52, 20, 20, 20, 16, 16};
    private static final int LAST = 5;

    private static final int CHART_ROWS = 21;

    private final Styles styles;
    private final Scale scale;

    ExecutiveSummarySheet(Styles styles, Scale scale) {
        this.styles = styles;
        this.scale = scale;
    }

    void write(XSSFWorkbook workbook, CouncilAssessment assessment) {
        List<DueAction> actions = assessment.actionsDue();
        XSSFSheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, WIDTHS);
        sheet.setDisplayGridlines(false);
        out.text(0, 0, "Serious and organised crime: assessment for senior management", styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(
                1,
                0,
                assessment.checklist().responses().authority() + ", as at "
                        + assessment.asOf().format(DAY),
                styles.subtitle);
        int row = new ExecutiveHeadlines(styles, scale).write(out, 3, assessment);
        row = topRisks(out, row + 1, assessment);
        row = sectionScores(sheet, out, row + 1, assessment.checklist().scoreCard());
        if (assessment.screening() != null) {
            row = flaggedSpend(sheet, out, row + 1, assessment.screening());
        }
        if (assessment.audit() != null && !assessment.audit().variances().isEmpty()) {
            row = variances(out, row + 1, assessment.audit());
        }
        dueActions(out, row + 1, assessment, actions);
        out.printLandscapeFitToWidth(-1);
    }

    private void heading(SheetWriter out, int row, String text) {
        out.banner(row, 0, LAST, text, styles.sectionRow);
    }

    private int topRisks(SheetWriter out, int row, CouncilAssessment assessment) {
        List<String[]> risks = new ArrayList<>();
        for (AnsweredRow answered : assessment.checklist().scoreCard().rows()) {
            if (answered.is(Assessment.NEEDS_IMPROVEMENT)) {
                risks.add(new String[] {
                    answered.row().question().fullText(),
                    "Checklist " + answered.row().ref(),
                    answered.response().owner()
                });
            }
        }
        if (assessment.audit() != null) {
            for (AuditFinding finding : assessment.audit().findings()) {
                if (finding.answer().rating() == Assessment.NEEDS_IMPROVEMENT) {
                    String text = finding.answer().finding() == null
                            ? finding.row().question().text()
                            : finding.answer().finding();
                    risks.add(new String[] {
                        text, "Audit " + finding.row().ref(), finding.answer().owner()
                    });
                }
            }
        }
        heading(
                out,
                row++,
                "Top risks: rated " + scale.label(Assessment.NEEDS_IMPROVEMENT) + " (" + risks.size() + ")");
        out.headers(row++, styles.header, "Risk", "Where", "Owner");
        if (risks.isEmpty()) {
            out.text(row++, 0, "None.", styles.text);
        }
        for (String[] risk : risks) {
            out.text(row, 0, risk[0], styles.text);
            out.text(row, 1, risk[1], styles.textBold);
            out.text(row, 2, risk[2] == null ? "(no owner)" : risk[2], styles.text);
            out.fitHeight(row++);
        }
        return row;
    }

    private int sectionScores(XSSFSheet sheet, SheetWriter out, int row, ScoreCard card) {
        // Each chart starts a printed page with its table, so neither is split.
        sheet.setRowBreak(row - 1);
        heading(out, row++, "Checklist: score by section");
        out.headers(row, styles.header, "Section", "Score", "Rating");
        int first = row + 1;
        for (RatedScore section : card.sections()) {
            row++;
            out.text(row, 0, section.title(), styles.text);
            Percentages.percent(out, row, 1, section, styles.percent);
            Percentages.rating(out, row, 2, section, scale, styles);
        }
        new BarChart("Checklist score by section", "Score", 1, BarChart.Axis.PERCENT, BarChart.BLUE)
                .draw(sheet, first, row, row + 2, 0, LAST + 1);
        return row + 2 + CHART_ROWS;
    }

    private int flaggedSpend(XSSFSheet sheet, SheetWriter out, int row, ScreeningReport screening) {
        Map<String, ScreeningResult.SectorTally> bySector = screening.result().flaggedBySector();
        sheet.setRowBreak(row - 1);
        heading(out, row++, "Spend with suppliers flagged, by high-risk sector");
        out.headers(row, styles.header, "Sector", "Spend", "Suppliers");
        int first = row + 1;
        for (RiskSector sector : screening.sectors().sectors()) {
            ScreeningResult.SectorTally tally =
                    bySector.getOrDefault(sector.id(), new ScreeningResult.SectorTally(0, 0));
            row++;
            out.text(row, 0, sector.name(), styles.text);
            out.number(row, 1, tally.pence() / 100.0, styles.money);
            out.number(row, 2, tally.suppliers(), styles.integer);
        }
        out.text(row + 1, 0, "A supplier in two sectors counts in both.", styles.subtitle);
        new BarChart("Flagged spend by sector (£)", "Spend", 1, BarChart.Axis.POUNDS, BarChart.RED)
                .draw(sheet, first, row, row + 2, 0, LAST + 1);
        return row + 2 + CHART_ROWS;
    }

    private int variances(SheetWriter out, int row, AuditReport audit) {
        List<Variance> adverse = audit.adverseVariances();
        heading(out, row++, "Where management rates itself better than audit (" + adverse.size() + ")");
        out.headers(row++, styles.header, "Checklist section", "Self-assessed", "Audit", "Audit area");
        out.sheet().addMergedRegion(new CellRangeAddress(row - 1, row - 1, 3, LAST));
        if (adverse.isEmpty()) {
            out.text(
                    row++,
                    0,
                    "None: audit rates every linked section at least as well as management does.",
                    styles.text);
        }
        for (Variance variance : adverse) {
            out.text(row, 0, variance.sectionTitle(), styles.textBold);
            out.text(
                    row,
                    1,
                    scale.label(variance.selfAssessed().rating()),
                    styles.rating(variance.selfAssessed().rating()));
            out.text(
                    row,
                    2,
                    scale.label(variance.audit().rating()),
                    styles.rating(variance.audit().rating()));
            out.banner(row, 3, LAST, variance.auditTitle(), styles.text);
            out.fitMergedHeight(row++, variance.auditTitle(), 46);
        }
        return row;
    }

    private void dueActions(SheetWriter out, int row, CouncilAssessment assessment, List<DueAction> actions) {
        heading(out, row++, "Actions due in the next 90 days (" + actions.size() + ")");
        out.headers(row++, styles.header, "Action", "Where", "Owner", "Due", "Status");
        if (actions.isEmpty()) {
            out.text(row, 0, "None with a due date in the next 90 days.", styles.text);
        }
        for (DueAction action : actions) {
            out.text(row, 0, action.action(), styles.text);
            out.text(row, 1, action.source() + " " + action.ref(), styles.textBold);
            out.text(row, 2, action.owner() == null ? "(no owner)" : action.owner(), styles.text);
            out.date(row, 3, action.due(), styles.date);
            long days = ChronoUnit.DAYS.between(assessment.asOf(), action.due());
            out.text(
                    row,
                    4,
                    days < 0 ? "Overdue" : "Due in " + days + " days",
                    days < 0 ? styles.rating(Assessment.NEEDS_IMPROVEMENT) : styles.text);
            out.fitHeight(row++);
        }
    }
}
