package org.socaudit.workbook;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.AreaResult;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditFinding;
import org.socaudit.model.CouncilAssessment;
import org.socaudit.model.DueAction;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Scale;
import org.socaudit.model.ScoreCard;

/**
 * The first sheet of the combined workbook, for senior management and members, printed on one A4
 * landscape page: the headline figures, one chart of every checklist section and audit area coloured
 * by rating ("Not assessed" shown as such), the five most serious risks with owner and due date, and
 * links to the sheets that hold the full lists. The actions due in the next 90 days are listed on a
 * sheet of their own, after this one.
 */
final class ExecutiveSummarySheet {

    static final String NAME = "Executive Summary";
    static final String ACTIONS = "Actions Due";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** Risk, owner, due, where | gap | five chart columns | gap | the chart's data (not printed). */
    private static final int[] WIDTHS = {46, 22, 12, 16, 2, 13, 13, 13, 13, 13, 2, 44, 10, 18};

    private static final int LAST_FACT_COLUMN = 3;
    private static final int CHART_FROM = 5;
    private static final int CHART_TO = 10;
    private static final int DATA_COLUMN = 11;
    private static final int TOP_RISKS = 5;
    /** The longest chart label that stays on one line. */
    private static final int LABEL_LENGTH = 42;
    /** The chart's title, axis and margins, and each bar with its label, in points. */
    private static final float CHART_FRAME_POINTS = 90;

    private static final float POINTS_PER_BAR = 24;

    private final Styles styles;
    private final Scale scale;

    ExecutiveSummarySheet(Styles styles, Scale scale) {
        this.styles = styles;
        this.scale = scale;
    }

    /** One risk as the summary lists it. */
    private record Risk(String text, String owner, LocalDate due, String where, String sheet) {}

    void write(XSSFWorkbook workbook, CouncilAssessment assessment) {
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
        int factsEnd = new ExecutiveHeadlines(styles, scale, LAST_FACT_COLUMN, WIDTHS[1] + WIDTHS[2] + WIDTHS[3])
                .write(out, 3, assessment);
        // The risks first: their rows' heights decide how many rows the chart needs.
        int row = topRisks(out, factsEnd + 1, assessment);
        int chartBottom = chart(sheet, out, assessment);
        row = links(workbook, out, Math.max(row, chartBottom) + 1, assessment);
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, CHART_TO, 0, row - 1);
        out.printOnOnePage();
        writeActions(workbook, assessment);
    }

    /**
     * The chart of every checklist section and audit area, each bar coloured by its rating, from a
     * small table to the right of the printed page. Returns the row below the chart.
     */
    private int chart(XSSFSheet sheet, SheetWriter out, CouncilAssessment assessment) {
        int top = 3;
        out.text(top - 1, DATA_COLUMN, "Data for the chart (not printed)", styles.subtitle);
        out.text(top, DATA_COLUMN, "Section or area", styles.header);
        out.text(top, DATA_COLUMN + 1, "Score", styles.header);
        out.text(top, DATA_COLUMN + 2, "Rating", styles.header);
        List<byte[]> colours = new ArrayList<>();
        int row = top;
        for (Map.Entry<String, RatedScore> section :
                sectionLabels(assessment.checklist().scoreCard()).entrySet()) {
            row = dataRow(
                    out,
                    row + 1,
                    section.getKey(),
                    section.getValue().score().fraction().orElse(null),
                    section.getValue().rating(),
                    colours);
        }
        if (assessment.audit() != null) {
            for (AreaResult area : assessment.audit().areas()) {
                row = dataRow(
                        out,
                        row + 1,
                        "Audit " + area.area().heading(),
                        area.score().fraction().orElse(null),
                        area.rating(),
                        colours);
            }
        }
        int bottom = top + Math.max(18, colours.size() + 4);
        // Tall enough for every bar's label: LibreOffice leaves out every other label when they crowd.
        while (pointsBetween(sheet, top, bottom) < CHART_FRAME_POINTS + POINTS_PER_BAR * colours.size()) {
            bottom++;
        }
        new BarChart(
                        assessment.audit() == null
                                ? "Checklist sections: score, coloured by rating"
                                : "Checklist sections and audit areas: score, coloured by rating",
                        "Score",
                        DATA_COLUMN + 1,
                        BarChart.Axis.PERCENT,
                        BarChart.BLUE)
                .draw(sheet, top + 1, row, top, bottom, CHART_FROM, CHART_TO + 1, colours, DATA_COLUMN);
        out.text(
                bottom,
                CHART_FROM,
                "Green: " + scale.label(Assessment.GOOD) + ". Amber: " + scale.label(Assessment.ACCEPTABLE)
                        + ". Red: " + scale.label(Assessment.NEEDS_IMPROVEMENT) + ". No bar: "
                        + Percentages.NOT_ASSESSED.toLowerCase(java.util.Locale.ROOT) + ".",
                styles.subtitle);
        return bottom + 1;
    }

    /** The height in points of rows {@code from} to {@code to} (exclusive), as the chart spans them. */
    private static float pointsBetween(XSSFSheet sheet, int from, int to) {
        float points = 0;
        for (int r = from; r < to; r++) {
            points += sheet.getRow(r) == null
                    ? sheet.getDefaultRowHeightInPoints()
                    : sheet.getRow(r).getHeightInPoints();
        }
        return points;
    }

    private int dataRow(SheetWriter out, int row, String label, Double score, Assessment rating, List<byte[]> colours) {
        boolean assessed = score != null && rating != null;
        String notAssessed = " (" + Percentages.NOT_ASSESSED.toLowerCase(java.util.Locale.ROOT) + ")";
        // One line each: a label the chart wraps onto two lines crowds out its neighbours' labels.
        out.text(
                row,
                DATA_COLUMN,
                assessed
                        ? shorten(label, LABEL_LENGTH)
                        : shorten(label, LABEL_LENGTH - notAssessed.length()) + notAssessed,
                styles.text);
        if (assessed) {
            out.number(row, DATA_COLUMN + 1, score, styles.percent);
        } else {
            out.text(row, DATA_COLUMN + 1, null, styles.percent);
        }
        out.text(
                row,
                DATA_COLUMN + 2,
                rating == null ? Percentages.NOT_ASSESSED : scale.label(rating),
                styles.rating(rating));
        colours.add(BarChart.colour(rating));
        return row;
    }

    /**
     * Each checklist section by a label that says its group: "Governance 1. Awareness, Strategy..."
     * (a group with one section is named once); the chart shortens them to one line.
     */
    static Map<String, RatedScore> sectionLabels(ScoreCard card) {
        Map<String, String> groupOfSection = new HashMap<>();
        Map<String, Integer> sectionsInGroup = new HashMap<>();
        for (AnsweredRow answered : card.rows()) {
            String section = answered.row().section().id();
            if (groupOfSection.putIfAbsent(section, answered.row().group().title()) == null) {
                sectionsInGroup.merge(answered.row().group().title(), 1, Integer::sum);
            }
        }
        Map<String, RatedScore> labels = new LinkedHashMap<>();
        for (RatedScore section : card.sections()) {
            String group = groupOfSection.get(section.id());
            String label = group == null || sectionsInGroup.getOrDefault(group, 0) < 2
                    ? section.title()
                    : group.split(" ")[0] + " " + section.title();
            labels.put(label, section);
        }
        return labels;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }

    /** The five most serious risks: audit's findings rated worst first, then the checklist's weakest sections'. */
    private int topRisks(SheetWriter out, int row, CouncilAssessment assessment) {
        List<Risk> risks = new ArrayList<>();
        if (assessment.audit() != null) {
            for (AuditFinding finding : assessment.audit().findings()) {
                if (finding.answer().rating() == Assessment.NEEDS_IMPROVEMENT) {
                    String text = finding.answer().finding() == null
                            ? finding.row().question().text()
                            : finding.answer().finding();
                    risks.add(new Risk(
                            text,
                            finding.answer().owner(),
                            finding.answer().dueDate(),
                            "Audit " + finding.row().ref(),
                            AuditReportSheets.FINDINGS));
                }
            }
        }
        Map<String, Double> sectionScores = new HashMap<>();
        assessment
                .checklist()
                .scoreCard()
                .sections()
                .forEach(s -> sectionScores.put(s.id(), s.score().fraction().orElse(0.0)));
        assessment.checklist().scoreCard().rows().stream()
                .filter(answered -> answered.is(Assessment.NEEDS_IMPROVEMENT))
                .sorted(Comparator.comparingDouble((AnsweredRow a) ->
                        sectionScores.getOrDefault(a.row().section().id(), 0.0)))
                .forEach(answered -> risks.add(new Risk(
                        answered.row().question().riskOrText(),
                        answered.response().owner(),
                        answered.response().targetDate(),
                        "Checklist " + answered.row().ref(),
                        ScoredWorkbookWriter.IMPROVEMENT_PLAN)));
        out.banner(
                row++,
                0,
                LAST_FACT_COLUMN,
                risks.isEmpty()
                        ? "Most serious risks: none rated " + scale.label(Assessment.NEEDS_IMPROVEMENT)
                        : risks.size() <= TOP_RISKS
                                ? "Most serious risks (" + risks.size() + " rated "
                                        + scale.label(Assessment.NEEDS_IMPROVEMENT) + ")"
                                : "Five most serious risks (of " + risks.size() + " rated "
                                        + scale.label(Assessment.NEEDS_IMPROVEMENT) + ": all on the sheets linked)",
                styles.sectionRow);
        out.headers(row++, styles.header, "Risk", "Owner", "Due", "Where");
        if (risks.isEmpty()) {
            out.text(row++, 0, "None rated " + scale.label(Assessment.NEEDS_IMPROVEMENT) + ".", styles.text);
        }
        for (Risk risk : risks.subList(0, Math.min(TOP_RISKS, risks.size()))) {
            out.text(row, 0, risk.text(), styles.text);
            out.text(row, 1, risk.owner() == null ? "No owner named" : risk.owner(), styles.text);
            out.date(row, 2, risk.due(), styles.date);
            if (risk.due() == null) {
                out.text(row, 2, "No date", styles.text);
            }
            link(out, row, 3, risk.where(), risk.sheet());
            out.fitHeight(row++);
        }
        return row;
    }

    /** A row of links to the sheets that hold the full lists behind the page. */
    private int links(XSSFWorkbook workbook, SheetWriter out, int row, CouncilAssessment assessment) {
        List<String> sheets = new ArrayList<>(
                List.of(ScoredWorkbookWriter.CHECKLIST_SUMMARY, ScoredWorkbookWriter.IMPROVEMENT_PLAN, ACTIONS));
        if (assessment.audit() != null) {
            sheets.addAll(List.of(
                    AuditSummarySheet.NAME,
                    AuditReportSheets.FINDINGS,
                    AuditReportSheets.VARIANCE,
                    AuditReportSheets.POLICIES));
        }
        if (assessment.screening() != null) {
            sheets.addAll(List.of("Screening Summary", "Flagged Suppliers"));
            if (assessment.screening().result().register() != null) {
                sheets.add("Companies House");
            }
        }
        sheets.add(MemberQuestionsSheet.NAME);
        out.banner(row++, 0, CHART_TO, "Behind these figures (click to open the sheet)", styles.sectionRow);
        // Five slots a row, each at least 26 characters wide, for the longest sheet name
        // ("Questions for Members"): A, B-C, D-F, G-H, I-K.
        int[][] slots = {{0, 0}, {1, 2}, {3, 5}, {6, 7}, {8, CHART_TO}};
        for (int i = 0; i < sheets.size(); i++) {
            int[] slot = slots[i % slots.length];
            link(out, row, slot[0], slot[1], sheets.get(i), sheets.get(i));
            if (i % slots.length == slots.length - 1 || i == sheets.size() - 1) {
                row++;
            }
        }
        return row;
    }

    private void link(SheetWriter out, int row, int column, String text, String sheetName) {
        link(out, row, column, column, text, sheetName);
    }

    private void link(SheetWriter out, int row, int firstColumn, int lastColumn, String text, String sheetName) {
        out.banner(row, firstColumn, lastColumn, text, styles.link);
        Cell cell = out.row(row).getCell(firstColumn);
        XSSFHyperlink link =
                (XSSFHyperlink) out.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
        cell.setHyperlink(link);
    }

    /** The actions due in the next 90 days, on a sheet of their own. */
    private void writeActions(XSSFWorkbook workbook, CouncilAssessment assessment) {
        List<DueAction> actions = assessment.actionsDue();
        XSSFSheet sheet = workbook.createSheet(ACTIONS);
        SheetWriter out = new SheetWriter(sheet, 60, 18, 24, 12, 16);
        sheet.setDisplayGridlines(false);
        out.text(0, 0, "Actions due in the next 90 days (" + actions.size() + ")", styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(
                1,
                0,
                "From the checklist's improvement plan and the audit's findings, soonest first.",
                styles.subtitle);
        int row = 3;
        out.headers(row++, styles.header, "Action", "Where", "Owner", "Due", "Status");
        if (actions.isEmpty()) {
            out.text(row, 0, "None with a due date in the next 90 days.", styles.text);
        }
        for (DueAction action : actions) {
            out.text(row, 0, action.action(), styles.text);
            out.text(row, 1, action.source() + " " + action.ref(), styles.textBold);
            out.text(row, 2, action.owner() == null ? "No owner named" : action.owner(), styles.text);
            out.date(row, 3, action.due(), styles.date);
            long days = ChronoUnit.DAYS.between(assessment.asOf(), action.due());
            out.text(
                    row,
                    4,
                    days < 0 ? "Overdue" : "Due in " + days + " days",
                    days < 0 ? styles.rating(Assessment.NEEDS_IMPROVEMENT) : styles.text);
            out.fitHeight(row++);
        }
        out.printLandscapeFitToWidth(3);
    }
}
