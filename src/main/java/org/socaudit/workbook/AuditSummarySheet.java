package org.socaudit.workbook;

import java.time.format.DateTimeFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AreaResult;
import org.socaudit.model.AuditReport;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Scale;

/** The first sheet of the audit report: overall rating, each area's rating with a chart, and the counts that matter. */
final class AuditSummarySheet {

    static final String NAME = "Audit Summary";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final int[] WIDTHS = {46, 11, 9, 12, 13, 9, 20};

    private final Styles styles;
    private final Scale scale;

    AuditSummarySheet(Styles styles, Scale scale) {
        this.styles = styles;
        this.scale = scale;
    }

    void write(XSSFWorkbook workbook, AuditReport report) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, WIDTHS);
        sheet.setDisplayGridlines(false);
        out.text(0, 0, report.template().info().title() + ": audit report", styles.title);
        out.row(0).setHeightInPoints(24);
        String council =
                report.programme().authority() == null ? "" : report.programme().authority() + ", ";
        out.text(1, 0, council + "as at " + report.asOf().format(DAY), styles.subtitle);
        RatedScore overall = report.overall();
        out.text(3, 0, "Overall audit rating", styles.textBold);
        out.banner(3, 1, 3, rating(overall), styles.bigRating(overall.rating()));
        out.row(3).setHeightInPoints(22);
        int row = 4;
        row = fact(
                out,
                row,
                "Questions rated",
                overall.score().answered() + " of " + overall.score().total());
        row = fact(
                out,
                row,
                "Findings and recommendations",
                Integer.toString(report.findings().size()));
        row = fact(
                out,
                row,
                "Deep dives asked for and not yet done",
                Long.toString(report.findings().stream()
                        .filter(f -> f.answer().deepDiveOutstanding())
                        .count()));
        row = fact(out, row, "Key policies missing or overdue for review", report.policySummary());
        row = fact(
                out,
                row,
                "Where management rates itself better than audit",
                report.variances().isEmpty()
                        ? "No checklist responses given"
                        : report.adverseVariances().size() + " of "
                                + report.variances().size() + " linked sections");
        int tableTop = row + 1;
        out.headers(
                tableTop, styles.header, "Area", "Rated", "Good", "Acceptable", "Needs improvement", "Score", "Rating");
        row = tableTop + 1;
        for (AreaResult area : report.areas()) {
            RatedScore score = new RatedScore(area.area().id(), area.area().heading(), area.score(), area.rating());
            out.text(row, 0, area.area().heading(), styles.text);
            out.text(row, 1, area.score().answered() + " of " + area.score().total(), styles.integer);
            out.number(row, 2, area.score().good(), styles.integer);
            out.number(row, 3, area.score().acceptable(), styles.integer);
            out.number(row, 4, area.score().needsImprovement(), styles.integer);
            Percentages.percent(out, row, 5, score, styles.percent);
            Percentages.rating(out, row, 6, score, scale, styles);
            out.fitHeight(row++);
        }
        new BarChart("Audit score by area, coloured by rating", "Score", 5, BarChart.Axis.PERCENT, BarChart.BLUE)
                .draw(
                        sheet,
                        tableTop + 1,
                        row - 1,
                        row + 1,
                        row + 21,
                        0,
                        7,
                        report.areas().stream()
                                .map(a -> BarChart.colour(a.rating()))
                                .toList(),
                        0);
        out.printOnOnePage();
    }

    private String rating(RatedScore score) {
        return score.rating() == null ? Percentages.NOT_ASSESSED : scale.label(score.rating());
    }

    private int fact(SheetWriter out, int row, String label, String value) {
        out.text(row, 0, label, styles.textBold);
        out.banner(row, 1, 6, value, styles.text);
        return row + 1;
    }
}
