package org.socaudit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.AuditFinding;
import org.socaudit.model.AuditReport;
import org.socaudit.model.DueAction;
import org.socaudit.model.ScoreCard;

/**
 * The actions due soon from the checklist's improvement plan and the audit's recommendations,
 * overdue ones included, earliest first.
 */
public final class ActionSchedule {

    private final LocalDate asOf;
    private final int days;

    /** A schedule of what falls due within {@code days} of {@code asOf}. */
    public ActionSchedule(LocalDate asOf, int days) {
        this.asOf = asOf;
        this.days = days;
    }

    /** The actions due by the end of the period (or already overdue); audit may be null. */
    public List<DueAction> due(ScoreCard checklist, AuditReport audit) {
        LocalDate until = asOf.plusDays(days);
        List<DueAction> actions = new ArrayList<>();
        for (AnsweredRow row : checklist.improvementActions()) {
            LocalDate target = row.response().targetDate();
            if (target != null && !target.isAfter(until)) {
                // The response says where things stand; what is to be improved is the question itself.
                actions.add(new DueAction(
                        "Checklist",
                        row.row().ref(),
                        "Improve: " + row.row().question().text(),
                        row.response().owner(),
                        target));
            }
        }
        if (audit != null) {
            for (AuditFinding finding : audit.findings()) {
                LocalDate due = finding.answer().dueDate();
                if (due != null && !due.isAfter(until) && finding.answer().recommendation() != null) {
                    actions.add(new DueAction(
                            "Audit",
                            finding.row().ref(),
                            finding.answer().recommendation(),
                            finding.answer().owner(),
                            due));
                }
            }
        }
        actions.sort(Comparator.comparing(DueAction::due));
        return actions;
    }
}
