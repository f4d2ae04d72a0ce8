package org.socaudit.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.socaudit.model.KeyWays;
import org.socaudit.model.MemberQuestion;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.QuestionSet;

/**
 * The Questions for Members sheet of the combined workbook: the questions councillors can put to
 * each body, under the body's name, with pale yellow cells for the answer, who gave it and when,
 * and after each body what councillors should expect to hear; then the councillor's role and the
 * key ways councillors can act. Nothing reads the answers back, so the bodies can be banner rows.
 */
final class MemberQuestionsSheet {

    static final String NAME = "Questions for Members";

    private static final int HEADER_ROW = 2;
    private static final int[] WIDTHS = {9, 62, 52, 20, 12};
    private static final int LAST = WIDTHS.length - 1;
    /** The width of the columns after the first, where the expectations and list items run. */
    private static final int TEXT_WIDTH = 62 + 52 + 20 + 12;
    /** Answer rows are at least this many lines deep, so a printed copy leaves room to write in. */
    private static final int ANSWER_LINES = 2;

    private final Styles styles;

    MemberQuestionsSheet(Styles styles) {
        this.styles = styles;
    }

    Sheet write(Workbook workbook, MemberQuestions questions) {
        Sheet sheet = workbook.createSheet(NAME);
        SheetWriter out = new SheetWriter(sheet, WIDTHS);
        out.text(0, 0, NAME, styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(
                1,
                0,
                "Questions councillors can ask of each body, and what to expect to hear. Record each answer, who gave it"
                        + " and when.",
                styles.subtitle);
        out.headers(HEADER_ROW, styles.header, "Ref", "Question", "Answer", "Answered by", "Date");
        int row = HEADER_ROW + 1;
        for (QuestionSet set : questions.sets()) {
            row = writeSet(out, row, set);
        }
        row++;
        if (questions.introductionTitle() != null) {
            row = heading(out, row, questions.introductionTitle());
            for (String paragraph : questions.introduction()) {
                row = paragraph(out, row, null, paragraph);
            }
        }
        for (KeyWays ways : questions.ways()) {
            row = heading(out, row + 1, ways.title());
            for (String paragraph : ways.lead()) {
                row = paragraph(out, row, null, paragraph);
            }
            for (String item : ways.items()) {
                row = paragraph(out, row, "\u2022", item);
            }
        }
        out.text(row + 1, 0, "Source: " + questions.info().source().citation() + ".", styles.subtitle);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        out.printLandscapeFitToWidth(HEADER_ROW);
        return sheet;
    }

    private int writeSet(SheetWriter out, int top, QuestionSet set) {
        int row = heading(out, top, set.body());
        for (MemberQuestion question : set.questions()) {
            String text = question.text() + bullets(question.items());
            out.text(row, 0, question.ref(), styles.textBold);
            out.text(row, 1, text, styles.text);
            out.text(row, 2, null, styles.input);
            out.text(row, 3, null, styles.input);
            out.date(row, 4, null, styles.inputDate);
            int lines = Math.max(ANSWER_LINES, TextFit.lines(text, WIDTHS[1], false));
            out.row(row++).setHeightInPoints(SheetWriter.height(lines));
        }
        if (!set.expectations().isEmpty()) {
            row = paragraph(out, row, "Expect", String.join("\n", set.expectations()));
        }
        return row;
    }

    private static String bullets(List<String> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("\n\u2022 ").append(item));
        return text.toString();
    }

    private int heading(SheetWriter out, int row, String text) {
        out.banner(row, 0, LAST, text, styles.sectionRow);
        out.fitMergedHeight(row, text, TEXT_WIDTH + WIDTHS[0]);
        return row + 1;
    }

    /** Text merged across the columns after a bold label (none when null), its row made tall enough. */
    private int paragraph(SheetWriter out, int row, String label, String text) {
        out.text(row, 0, label, styles.textBold);
        out.banner(row, 1, LAST, text, styles.text);
        out.fitMergedHeight(row, text, TEXT_WIDTH);
        return row + 1;
    }
}
