package org.socaudit.workbook;

/**
 * The sheets and headers of the audit programme workbook, shared by the writer and the read-back.
 * The reader finds columns by header, so a column an auditor adds does not break it.
 */
final class ProgrammeLayout {

    static final String PROCESS = "Process";
    static final String SCOPE = "Scope";
    static final String QUESTIONS = "Audit Questions";
    static final String POLICIES = "Key Policies";
    static final String IDS = "ids";

    static final String COUNCIL_LABEL = "Council";
    static final String PREPARED_LABEL = "Prepared on";

    static final String SERVICE = "Service";
    static final String IN_SCOPE = "In scope";
    static final String SCOPE_NOTES = "Scope notes";
    static final String SERVICE_ID = "Service id";

    static final String AREA = "Area";
    static final String TOPIC = "Topic";
    static final String REF = "Ref";
    static final String QUESTION = "Question";
    static final String LEAD = "Lead interviewed";
    static final String RESPONSE = "Response";
    static final String FINDING = "Finding";
    static final String RATING = "Rating";
    static final String DEEP_DIVE_NEEDED = "Deep dive needed";
    static final String DEEP_DIVE_OUTCOME = "Deep dive outcome";
    static final String RECOMMENDATION = "Recommendation";
    static final String OWNER = "Owner";
    static final String DUE_DATE = "Due date";
    static final String QUESTION_ID = "Question id";

    static final String POLICY = "Policy";
    static final String IN_PLACE = "In place";
    static final String LAST_REVIEWED = "Last reviewed";
    static final String FOLLOWED = "Followed in practice";
    static final String NOTES = "Notes";
    static final String POLICY_ID = "Policy id";

    /** Labels of the source's text shown above the Scope and Key Policies tables. */
    static final String ANNEX_1_HEADING = "The source's Annex 1 heading";

    static final String ANNEX_2_HEADING = "The source's Annex 2 heading";
    static final String FROM_THE_SOURCE = "From the source";

    static final String[] YES_NO = {"Yes", "No"};
    static final String[] Y_N = {"Y", "N"};

    /** Cells on the hidden ids sheet. */
    static final String IDS_MARKER = "soc-audit audit programme workbook";

    static final int IDS_ROW_TEMPLATE = 1;
    static final int IDS_ROW_VERSION = 2;
    static final int IDS_FIRST_ITEM_ROW = 5;

    /** The kinds of row the ids sheet lists, in its first column. */
    static final String KIND_SERVICE = "service";

    static final String KIND_QUESTION = "question";
    static final String KIND_POLICY = "policy";

    private ProgrammeLayout() {}
}
