package org.socaudit.workbook;

import static org.socaudit.workbook.ChecklistLayout.COL_ASSESSMENT;
import static org.socaudit.workbook.ChecklistLayout.COL_EVIDENCE;
import static org.socaudit.workbook.ChecklistLayout.COL_OWNER;
import static org.socaudit.workbook.ChecklistLayout.COL_QUESTION;
import static org.socaudit.workbook.ChecklistLayout.COL_QUESTION_ID;
import static org.socaudit.workbook.ChecklistLayout.COL_REF;
import static org.socaudit.workbook.ChecklistLayout.COL_RESPONSE;
import static org.socaudit.workbook.ChecklistLayout.COL_SECTION;
import static org.socaudit.workbook.ChecklistLayout.COL_TARGET_DATE;
import static org.socaudit.workbook.ChecklistLayout.HEADER_ROW;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AnsweredRow;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.ChecklistRow;
import org.socaudit.model.Response;
import org.socaudit.model.Scale;

/**
 * The Checklist sheet: one row per question under group and section rows. Editable, it has an
 * Assessment dropdown, unlocked input cells and protection without a password; scored, the
 * assessments are coloured red, amber or green. Each question row carries its question id in a
 * hidden column, so read-back survives sorting, filtering and hiding.
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
        XSSFSheet sheet = workbook.createSheet(ChecklistLayout.SHEET);
        SheetWriter out = new SheetWriter(sheet, ChecklistLayout.WIDTHS);
        int last = ChecklistLayout.HEADERS.length - 2;
        out.banner(
                0,
                0,
                last,
                checklist.info().title() + (authority == null || authority.isBlank() ? "" : ": " + authority),
                styles.title);
        out.row(0).setHeightInPoints(24);
        writeAssessmentDetails(out, responses, checklist);
        out.headers(HEADER_ROW, styles.header, ChecklistLayout.HEADERS);
        int rowIndex = HEADER_ROW + 1;
        String group = null;
        String section = null;
        int firstQuestionRow = rowIndex;
        for (AnsweredRow answered : rows) {
            ChecklistRow row = answered.row();
            if (!row.group().id().equals(group)) {
                group = row.group().id();
                out.banner(rowIndex++, 0, last, row.group().title().toUpperCase(Locale.ROOT), styles.groupRow);
            }
            if (!row.section().id().equals(section)) {
                section = row.section().id();
                out.banner(rowIndex++, 0, last, row.section().heading(), styles.sectionRow);
            }
            writeQuestion(out, rowIndex++, answered, checklist.scale());
        }
        int lastQuestionRow = rowIndex - 1;
        sheet.setColumnHidden(COL_QUESTION_ID, true);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        // The filter covers the hidden id column so a sort through it moves the ids with their rows.
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastQuestionRow, 0, COL_QUESTION_ID));
        out.printLandscapeFitToWidth(HEADER_ROW);
        if (editable) {
            addAssessmentDropdown(sheet, checklist.scale(), firstQuestionRow, lastQuestionRow);
            TableSheet.protect(sheet);
        }
    }

    /** The council and completion date, which the user may fill in, and which checklist this is. */
    private void writeAssessmentDetails(SheetWriter out, ChecklistResponses responses, Checklist checklist) {
        CellStyle input = editable ? styles.input : styles.text;
        out.text(1, 0, ChecklistLayout.COUNCIL_LABEL, styles.textBold);
        out.banner(1, 1, 2, responses.authority().isBlank() ? null : responses.authority(), input);
        out.text(1, 3, ChecklistLayout.COMPLETED_LABEL, styles.textBold);
        out.date(1, 4, responses.completedOn(), editable ? styles.inputDate : styles.date);
        out.text(
                1,
                5,
                "Checklist " + checklist.info().id() + " version "
                        + checklist.info().version(),
                styles.subtitle);
    }

    private void writeQuestion(SheetWriter out, int rowIndex, AnsweredRow answered, Scale scale) {
        ChecklistRow row = answered.row();
        Response response = answered.response();
        CellStyle input = editable ? styles.input : styles.text;
        out.text(rowIndex, COL_REF, row.ref(), styles.textBold);
        out.text(rowIndex, COL_SECTION, row.section().title(), styles.text);
        out.text(rowIndex, COL_QUESTION, row.question().fullText(), styles.text);
        out.text(rowIndex, COL_RESPONSE, response == null ? null : response.actionTaken(), input);
        Assessment assessment = answered.assessment().orElse(null);
        CellStyle assessmentStyle = editable ? styles.input : styles.rating(assessment);
        out.text(rowIndex, COL_ASSESSMENT, assessment == null ? null : scale.label(assessment), assessmentStyle);
        out.text(rowIndex, COL_OWNER, response == null ? null : response.owner(), input);
        out.date(
                rowIndex,
                COL_TARGET_DATE,
                response == null ? null : response.targetDate(),
                editable ? styles.inputDate : styles.date);
        out.text(rowIndex, COL_EVIDENCE, response == null ? null : response.evidence(), input);
        out.text(rowIndex, COL_QUESTION_ID, row.question().id(), styles.text);
        out.fitHeight(rowIndex);
    }

    private static void addAssessmentDropdown(XSSFSheet sheet, Scale scale, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] labels = Arrays.stream(Assessment.values()).map(scale::label).toArray(String[]::new);
        DataValidationConstraint constraint = helper.createExplicitListConstraint(labels);
        DataValidation validation = helper.createValidation(
                constraint, new CellRangeAddressList(firstRow, lastRow, COL_ASSESSMENT, COL_ASSESSMENT));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox("Assessment", "Choose " + String.join(", ", labels) + ".");
        validation.setShowPromptBox(true);
        validation.createPromptBox("Assessment", "Choose " + String.join(", ", labels) + ".");
        sheet.addValidationData(validation);
    }
}
