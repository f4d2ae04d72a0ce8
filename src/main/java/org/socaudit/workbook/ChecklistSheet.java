package org.socaudit.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.ChecklistRow;
import org.socaudit.model.Response;
import org.socaudit.model.Scale;

/**
 * The Checklist sheet: one row per question, with its group and section in a column (not in
 * banner rows, which would stop whole rows sorting). Editable, its answer cells are pale yellow and
 * the Assessment has a dropdown; scored, the assessments are coloured red, amber or green. Either
 * way it is an answer table (see {@link TableSheet}), so sorting, filtering and hiding rows keep
 * every answer with its question, and a sort that would not is refused on reading back.
 */
final class ChecklistSheet {

    private final Styles styles;
    private final boolean editable;

    ChecklistSheet(Styles styles, boolean editable) {
        this.styles = styles;
        this.editable = editable;
    }

    void write(XSSFWorkbook workbook, Checklist checklist, ChecklistResponses responses, List<AnsweredRow> rows) {
        String authority = responses.authority();
        Scale scale = checklist.scale();
        Column.Kind text = editable ? Column.Kind.INPUT : Column.Kind.TEXT;
        List<Column<AnsweredRow>> columns = new ArrayList<>(List.of(
                Column.of(ChecklistLayout.REF, 8, Column.Kind.BOLD, a -> a.row().ref()),
                Column.text(ChecklistLayout.SECTION, 24, a -> section(a.row())),
                Column.text(
                        ChecklistLayout.QUESTION, 58, a -> a.row().question().fullText()),
                answer(ChecklistLayout.RESPONSE, 46, text, Response::actionTaken)));
        if (editable) {
            columns.add(Column.of(ChecklistLayout.ASSESSMENT, 19, Column.Kind.INPUT, a -> a.assessment()
                    .map(scale::label)
                    .orElse(null)));
        } else {
            columns.add(Column.of(ChecklistLayout.ASSESSMENT, 19, Column.Kind.RATING, a -> a.assessment()
                    .orElse(null)));
        }
        columns.addAll(List.of(
                answer(ChecklistLayout.OWNER, 20, text, Response::owner),
                answer(
                        ChecklistLayout.TARGET_DATE,
                        13,
                        editable ? Column.Kind.INPUT_DATE : Column.Kind.DATE,
                        Response::targetDate),
                answer(ChecklistLayout.EVIDENCE, 30, text, Response::evidence)));
        List<Column<AnsweredRow>> all = TableSheet.answerColumns(
                columns, ChecklistLayout.QUESTION_ID, a -> a.row().question().id());
        String title = checklist.info().title() + (authority == null || authority.isBlank() ? "" : ": " + authority);
        var sheet = new TableSheet<>(styles, scale, all).write(workbook, ChecklistLayout.SHEET, title, null, rows, "");
        SheetWriter out = new SheetWriter(sheet);
        writeAssessmentDetails(out, responses, checklist);
        if (editable) {
            String[] labels =
                    Arrays.stream(Assessment.values()).map(scale::label).toArray(String[]::new);
            TableSheet.dropdown(sheet, all, ChecklistLayout.ASSESSMENT, rows.size(), labels);
        }
    }

    /** The group and numbered section a question is in, on two lines: "Operational Controls", "4. Procurement". */
    private static String section(ChecklistRow row) {
        return row.group().title() + "\n" + row.section().heading();
    }

    private static Column<AnsweredRow> answer(
            String header, int width, Column.Kind kind, java.util.function.Function<Response, Object> value) {
        return Column.of(header, width, kind, a -> a.response() == null ? null : value.apply(a.response()));
    }

    /** The council and completion date, which the user may fill in, and which checklist this is. */
    private void writeAssessmentDetails(SheetWriter out, ChecklistResponses responses, Checklist checklist) {
        CellStyle input = editable ? styles.input : styles.text;
        out.text(1, 0, ChecklistLayout.COUNCIL_LABEL, styles.textBold);
        out.banner(1, 1, 2, responses.authority().isBlank() ? null : responses.authority(), input);
        out.text(1, 3, ChecklistLayout.COMPLETED_LABEL, styles.textBold);
        out.date(1, 4, responses.completedOn(), editable ? styles.inputDate : styles.date);
        out.text(1, 5, "Checklist version " + checklist.info().version(), styles.subtitle);
    }
}
