package org.socaudit.workbook;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.Assessment;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Scale;
import org.socaudit.model.ScoreCard;
import org.socaudit.model.ScoredChecklist;

/**
 * The first screen of the scored workbook: headline result, a table and chart of section scores,
 * and the items rated Needs improvement as the top risks.
 */
final class SummarySheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final int TOP_RISKS = 5;

    private static final int[] WIDTHS = {62, 11, 9, 12, 13, 9, 20, 2, 30};

    private final Styles styles;

    private final String name;

    SummarySheet(Styles styles) {
        this(styles, "Summary");
    }

    /** A summary sheet with another name, for a workbook that has a summary of its own. */
    SummarySheet(Styles styles, String name) {
        this.styles = styles;
        this.name = name;
    }

    void write(XSSFWorkbook workbook, ScoredChecklist scored) {
        XSSFSheet sheet = workbook.createSheet(name);
        SheetWriter out = new SheetWriter(sheet, WIDTHS);
        sheet.setDisplayGridlines(false);
        ScoreCard card = scored.scoreCard();
        Scale scale = scored.checklist().scale();
        out.text(0, 0, scored.checklist().info().title() + ": results", styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(1, 0, scored.responses().authority() + ", " + assessedOn(scored), styles.subtitle);

        RatedScore overall = card.overall();
        out.text(3, 0, "Overall score", styles.textBold);
        Percentages.percent(out, 3, 1, overall, styles.bigPercent);
        out.text(4, 0, "Overall rating", styles.textBold);
        out.banner(
                4,
                1,
                2,
                overall.rating() == null ? Percentages.NOT_ASSESSED : scale.label(overall.rating()),
                styles.bigRating(overall.rating()));
        out.text(5, 0, "Questions answered", styles.textBold);
        out.text(5, 1, overall.score().answered() + " of " + overall.score().total(), styles.text);
        out.text(6, 0, "Coverage", styles.textBold);
        out.number(6, 1, overall.score().coverage().doubleValue() / 100, styles.percent);
        for (int row = 3; row <= 6; row++) {
            out.row(row).setHeightInPoints(row == 3 || row == 4 ? 22 : 16);
        }

        int tableTop = 8;
        out.headers(
                tableTop,
                styles.header,
                "Section",
                "Answered",
                "Good",
                "Acceptable",
                "Needs improvement",
                "Score",
                "Rating");
        int row = tableTop + 1;
        List<String> labels = scored.checklist().sectionLabels();
        for (int i = 0; i < card.sections().size(); i++) {
            writeScoreRow(out, row++, card.sections().get(i), labels.get(i), scale, styles.text);
        }
        int lastSectionRow = row - 1;
        row++;
        out.headers(
                row++,
                styles.header,
                "Group",
                "Answered",
                "Good",
                "Acceptable",
                "Needs improvement",
                "Score",
                "Rating");
        for (RatedScore group : card.groups()) {
            writeScoreRow(out, row++, group, group.title(), scale, styles.textBold);
        }
        writeScoreRow(out, row++, overall, "Overall", scale, styles.textBold);

        int chartTop = row + 1;
        new BarChart("Score by section, coloured by rating", "Score", 5, BarChart.Axis.PERCENT, BarChart.BLUE)
                .draw(
                        sheet,
                        tableTop + 1,
                        lastSectionRow,
                        chartTop,
                        chartTop + 20,
                        0,
                        7,
                        card.sections().stream()
                                .map(s -> BarChart.colour(s.rating()))
                                .toList(),
                        0);
        int risksTop = chartTop + 22;
        writeTopRisks(out, risksTop, card, scale);
        out.printOnOnePage(false);
    }

    private static String assessedOn(ScoredChecklist scored) {
        if (scored.responses().completedOn() != null) {
            return "assessed " + scored.responses().completedOn().format(DAY);
        }
        return "scored " + scored.run().generatedAt().toLocalDate().format(DAY);
    }

    private void scoreHeaders(SheetWriter out, int row, String first) {
        out.headers(
                row, styles.header, first, "Answered", "Good", "Acceptable", "Needs improvement", "Score", "Rating");
    }

    private void writeScoreRow(
            SheetWriter out,
            int row,
            RatedScore score,
            String label,
            Scale scale,
            org.apache.poi.ss.usermodel.CellStyle labelStyle) {
        out.text(row, 0, label, labelStyle);
        out.text(row, 1, score.score().answered() + " of " + score.score().total(), styles.integer);
        out.number(row, 2, score.score().good(), styles.integer);
        out.number(row, 3, score.score().acceptable(), styles.integer);
        out.number(row, 4, score.score().needsImprovement(), styles.integer);
        Percentages.percent(out, row, 5, score, styles.percent);
        Percentages.rating(out, row, 6, score, scale, styles);
        out.fitHeight(row);
    }

    /** The five weakest answers as risks; all of them are on the Improvement Plan sheet. */
    private void writeTopRisks(SheetWriter out, int top, ScoreCard card, Scale scale) {
        List<AnsweredRow> risks = card.rows().stream()
                .filter(r -> r.is(Assessment.NEEDS_IMPROVEMENT))
                .toList();
        out.banner(
                top,
                0,
                6,
                (risks.size() > TOP_RISKS ? "Top " + TOP_RISKS + " of " + risks.size() : "Top")
                        + " risks: rated " + scale.label(Assessment.NEEDS_IMPROVEMENT)
                        + (risks.size() > TOP_RISKS
                                ? " (all on the " + ScoredWorkbookWriter.IMPROVEMENT_PLAN + " sheet)"
                                : " (" + risks.size() + ")"),
                styles.textBold);
        out.headers(top + 1, styles.header, "Risk", "Ref", "Owner", "", "", "", "Target date");
        out.sheet().addMergedRegion(new CellRangeAddress(top + 1, top + 1, 2, 5));
        int row = top + 2;
        if (risks.isEmpty()) {
            out.text(
                    row,
                    0,
                    "None: no question is rated " + scale.label(Assessment.NEEDS_IMPROVEMENT) + ".",
                    styles.text);
        }
        for (AnsweredRow risk : risks.subList(0, Math.min(TOP_RISKS, risks.size()))) {
            out.text(row, 0, risk.row().question().riskOrText(), styles.text);
            out.text(row, 1, risk.row().ref(), styles.textBold);
            out.banner(
                    row,
                    2,
                    5,
                    risk.response().owner() == null
                            ? "No owner named"
                            : risk.response().owner(),
                    styles.text);
            out.date(row, 6, risk.response().targetDate(), styles.date);
            out.fitHeight(row);
            row++;
        }
    }
}
