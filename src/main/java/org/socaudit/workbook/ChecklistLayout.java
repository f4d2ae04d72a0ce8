package org.socaudit.workbook;

/**
 * The columns of the Checklist sheet, shared by the writer and the read-back. The reader finds
 * columns by their headers, so a user who inserts a column of their own does not break it.
 */
final class ChecklistLayout {

    static final String SHEET = "Checklist";
    static final String IDS_SHEET = "ids";

    /** Labels of the input cells above the table, each followed by its value in the next cell. */
    static final String COUNCIL_LABEL = "Council";

    static final String COMPLETED_LABEL = "Completed on";

    static final String REF = "Ref";
    static final String SECTION = "Section";
    static final String QUESTION = "Question";
    static final String RESPONSE = "Response / Action taken";
    static final String ASSESSMENT = "Assessment";
    static final String OWNER = "Owner";
    static final String TARGET_DATE = "Target date";
    static final String EVIDENCE = "Evidence / reference";
    static final String QUESTION_ID = "Question id";

    static final String[] HEADERS = {
        REF, SECTION, QUESTION, RESPONSE, ASSESSMENT, OWNER, TARGET_DATE, EVIDENCE, QUESTION_ID
    };
    /** The row of the column headers; questions start on the next row. */
    static final int HEADER_ROW = 2;

    /** Cells on the hidden ids sheet. */
    static final String IDS_MARKER = "soc-audit checklist workbook";

    static final int IDS_ROW_CHECKLIST = 1;
    static final int IDS_ROW_VERSION = 2;
    static final int IDS_ROW_AUTHORITY = 3;
    static final int IDS_ROW_COMPLETED = 4;
    static final int IDS_FIRST_QUESTION_ROW = 7;

    private ChecklistLayout() {}
}
