package org.socaudit.workbook;

import java.util.List;
import java.util.stream.Collectors;
import org.socaudit.model.AuditReport;
import org.socaudit.model.CouncilAssessment;
import org.socaudit.model.DueAction;
import org.socaudit.model.Pounds;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Scale;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningReport;

/**
 * The headline block at the top of the Executive Summary: management's and audit's ratings with
 * audit's coverage, the variances and policy counts, flagged suppliers and the actions due.
 */
final class ExecutiveHeadlines {

    private final Styles styles;
    private final Scale scale;
    /** The last column of the block, and the width in characters of columns B to it, where values go. */
    private final int last;

    private final int valueWidth;

    ExecutiveHeadlines(Styles styles, Scale scale, int last, int valueWidth) {
        this.styles = styles;
        this.scale = scale;
        this.last = last;
        this.valueWidth = valueWidth;
    }

    /** Writes the block from a row and returns the row after it. */
    int write(SheetWriter out, int row, CouncilAssessment assessment) {
        List<DueAction> actions = assessment.actionsDue();
        RatedScore checklist = assessment.checklist().scoreCard().overall();
        row = rating(out, row, "Management's self-assessment (checklist)", checklist);
        AuditReport audit = assessment.audit();
        if (audit == null) {
            row = fact(out, row, "Internal audit's rating", "No audit programme given");
        } else {
            row = rating(out, row, "Internal audit's rating", audit.overall());
            row = fact(out, row, "Audit coverage", coverage(audit));
            row = fact(
                    out,
                    row,
                    "Where management rates itself better than audit",
                    audit.variances().isEmpty()
                            ? "Not compared"
                            : audit.adverseVariances().size() + " of "
                                    + audit.variances().size() + " linked sections");
            row = fact(out, row, "Key policies missing or overdue for review", audit.policySummary());
        }
        ScreeningReport screening = assessment.screening();
        if (screening == null) {
            row = fact(out, row, "Suppliers flagged for closer checks", "No spending files given");
        } else {
            List<ScreenedSupplier> flagged = screening.result().flagged();
            row = fact(
                    out,
                    row,
                    "Suppliers flagged for closer checks",
                    flagged.size() + " of " + screening.result().suppliers().size() + ", with spend of "
                            + new Pounds(spend(flagged)));
            if (screening.result().register() != null) {
                long withFlags = screening.result().suppliers().stream()
                        .filter(s -> !CompaniesHouseSheet.flags(s).isEmpty())
                        .count();
                row = fact(
                        out,
                        row,
                        "Suppliers with Companies House flags",
                        withFlags + " of " + screening.result().suppliers().size() + " (register of "
                                + screening
                                        .result()
                                        .register()
                                        .snapshotDate()
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                + ")");
            }
        }
        long overdue =
                actions.stream().filter(a -> a.overdueOn(assessment.asOf())).count();
        return fact(
                out,
                row,
                "Actions due in the next 90 days",
                actions.size() + (overdue == 0 ? "" : " (" + overdue + " overdue)"));
    }

    /** "13 of 63 questions rated; not assessed: 4. Finance", so a rating is read with its coverage. */
    private static String coverage(AuditReport audit) {
        String unrated = audit.areas().stream()
                .filter(a -> a.rating() == null)
                .map(a -> a.area().heading())
                .collect(Collectors.joining(", "));
        return audit.overall().score().answered() + " of "
                + audit.overall().score().total() + " questions rated"
                + (unrated.isEmpty() ? "" : "; not assessed: " + unrated);
    }

    private int rating(SheetWriter out, int row, String label, RatedScore score) {
        out.text(row, 0, label, styles.textBold);
        out.banner(
                row,
                1,
                2,
                score.rating() == null ? Percentages.NOT_ASSESSED : scale.label(score.rating()),
                styles.bigRating(score.rating()));
        Percentages.percent(out, row, 3, score, styles.bigPercent);
        out.row(row).setHeightInPoints(22);
        return row + 1;
    }

    private int fact(SheetWriter out, int row, String label, String value) {
        out.text(row, 0, label, styles.textBold);
        out.banner(row, 1, last, value, styles.text);
        out.fitMergedHeight(row, value, valueWidth);
        return row + 1;
    }

    private static long spend(List<ScreenedSupplier> suppliers) {
        return suppliers.stream().mapToLong(s -> s.profile().totalPence()).sum();
    }
}
