package org.socaudit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.Assessment;
import org.socaudit.model.Comparison;
import org.socaudit.model.QualityFlag;
import org.socaudit.model.QuestionMovement;
import org.socaudit.model.Scale;
import org.socaudit.model.ScoredChecklist;

/**
 * Writes the scored checklist workbook: Summary first, then the answers, the improvement plan, good
 * practice, quality flags, the comparison with last time (when given) and how it was made.
 */
public final class ScoredWorkbookWriter {

    /** Status choices for improvement actions. */
    static final String[] STATUSES = {"Not started", "In progress", "Complete"};

    /** Writes the workbook to the stream. */
    public void write(ScoredChecklist scored, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeSheets(workbook, styles, scored, "Summary");
            new AboutSheet(styles).write(workbook, scored.run(), about(scored), ABOUT_NOTE);
            new IdsSheet(styles).write(workbook, scored.checklist(), scored.responses());
            AboutSheet.noteCutText(workbook, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    /** The summary and detail sheets of a scored checklist, the summary under the name given. */
    static void writeSheets(XSSFWorkbook workbook, Styles styles, ScoredChecklist scored, String summaryName) {
        Scale scale = scored.checklist().scale();
        new SummarySheet(styles, summaryName).write(workbook, scored);
        new ChecklistSheet(styles, false)
                .write(
                        workbook,
                        scored.checklist(),
                        scored.responses(),
                        scored.scoreCard().rows());
        writeImprovementPlan(workbook, styles, scale, scored);
        writeGoodPractice(workbook, styles, scale, scored);
        writeQuality(workbook, styles, scale, scored);
        scored.comparisonIfAny().ifPresent(c -> writeComparison(workbook, styles, scale, c, scored));
    }

    static final String IMPROVEMENT_PLAN = "Improvement Plan";
    static final String CHECKLIST_SUMMARY = "Checklist Summary";

    static final String ABOUT_NOTE = "Scores are points over the most the answered questions could earn;"
            + " see the Instructions of the checklist workbook.";

    static List<String[]> about(ScoredChecklist scored) {
        return List.of(
                new String[] {
                    "Checklist",
                    scored.checklist().info().title() + ", version "
                            + scored.checklist().info().version()
                },
                new String[] {
                    "Checklist source", scored.checklist().info().source().citation()
                },
                new String[] {"Authority", scored.responses().authority()},
                AboutSheet.scaleFact(scored.checklist().scale()));
    }

    private static void writeImprovementPlan(
            XSSFWorkbook workbook, Styles styles, Scale scale, ScoredChecklist scored) {
        List<Column<AnsweredRow>> columns = List.of(
                Column.of("Ref", 8, Column.Kind.BOLD, r -> r.row().ref()),
                Column.text("Section", 21, r -> r.row().section().title()),
                Column.text("Question", 50, r -> r.row().question().fullText()),
                Column.text("Response / Action taken", 40, r -> r.response().actionTaken()),
                Column.of("Assessment", 18, Column.Kind.RATING, r -> r.assessment()
                        .orElse(null)),
                Column.of(
                        "Priority", 10, Column.Kind.BOLD, r -> r.is(Assessment.NEEDS_IMPROVEMENT) ? "High" : "Medium"),
                Column.text("Owner", 18, r -> r.response().owner()),
                Column.of("Target date", 12, Column.Kind.DATE, r -> r.response().targetDate()),
                Column.text("Status", 13, r -> null));
        List<AnsweredRow> actions = scored.scoreCard().improvementActions();
        Sheet sheet = new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        IMPROVEMENT_PLAN,
                        "Every question rated " + scale.label(Assessment.NEEDS_IMPROVEMENT) + " (priority High) or "
                                + scale.label(Assessment.ACCEPTABLE)
                                + " (Medium), in checklist order within each priority. Track progress in Status.",
                        actions,
                        "Nothing to improve: every answered question is rated " + scale.label(Assessment.GOOD) + ".");
        TableSheet.dropdown(sheet, columns, "Status", actions.size(), STATUSES);
    }

    private static void writeGoodPractice(XSSFWorkbook workbook, Styles styles, Scale scale, ScoredChecklist scored) {
        List<Column<AnsweredRow>> columns = List.of(
                Column.of("Ref", 8, Column.Kind.BOLD, r -> r.row().ref()),
                Column.text("Section", 22, r -> r.row().section().title()),
                Column.text("Question", 50, r -> r.row().question().fullText()),
                Column.text("What is in place", 56, r -> r.response().actionTaken()),
                Column.text("Evidence / reference", 34, r -> r.response().evidence()),
                Column.text("Contact", 20, r -> r.response().owner()));
        new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        "Good Practice",
                        "Questions rated " + scale.label(Assessment.GOOD)
                                + ": practice to share across the council and with neighbouring councils.",
                        scored.scoreCard().goodPractice(),
                        "No question is rated " + scale.label(Assessment.GOOD) + " yet.");
    }

    private static void writeQuality(XSSFWorkbook workbook, Styles styles, Scale scale, ScoredChecklist scored) {
        List<Column<QualityFlag>> columns = List.of(
                Column.of("Ref", 8, Column.Kind.BOLD, f -> f.row().ref()),
                Column.text("Section", 22, f -> f.row().section().title()),
                Column.text("Question", 60, f -> f.row().question().fullText()),
                Column.text("Issue", 50, f -> f.issue().description()));
        new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        "Quality",
                        "Answers that weaken trust in the result: unanswered questions, Good without a response or"
                                + " evidence, and actions without an owner or target date.",
                        scored.scoreCard().qualityFlags(),
                        "No quality issues found.");
    }

    private static void writeComparison(
            XSSFWorkbook workbook, Styles styles, Scale scale, Comparison comparison, ScoredChecklist scored) {
        List<Column<QuestionMovement>> columns = List.of(
                Column.of("Ref", 8, Column.Kind.BOLD, m -> m.row().ref()),
                Column.text("Section", 22, m -> m.row().section().title()),
                Column.text("Question", 56, m -> m.row().question().fullText()),
                Column.of("Previous", 18, Column.Kind.RATING, QuestionMovement::before),
                Column.of("Current", 18, Column.Kind.RATING, QuestionMovement::after),
                Column.of("Movement", 20, Column.Kind.BOLD, m -> m.movement().label()));
        List<QuestionMovement> movements = comparison.questions().stream()
                .sorted(Comparator.comparingInt(
                        (QuestionMovement m) -> m.movement().ordinal()))
                .toList();
        Sheet sheet = new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        "Comparison",
                        "Compared with " + comparison.previousLabel() + ", question by question."
                                + removedNote(comparison),
                        movements,
                        "No questions to compare.");
        new SectionComparisonTable(styles).write(sheet, movements.size() + 5, scored, comparison);
    }

    private static String removedNote(Comparison comparison) {
        return comparison.removedQuestionIds().isEmpty()
                ? ""
                : " No longer asked: " + String.join(", ", comparison.removedQuestionIds()) + ".";
    }
}
