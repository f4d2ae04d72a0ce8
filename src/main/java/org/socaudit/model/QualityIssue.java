package org.socaudit.model;

/** Something about an answer that weakens trust in the result, though it is not an error. */
public enum QualityIssue {
    UNANSWERED("No assessment given."),
    GOOD_WITHOUT_RESPONSE("Assessed Good but no response or action is described."),
    GOOD_WITHOUT_EVIDENCE("Assessed Good but no evidence or reference is given."),
    NEEDS_IMPROVEMENT_WITHOUT_OWNER("Needs improvement but nobody owns the action."),
    NEEDS_IMPROVEMENT_WITHOUT_TARGET_DATE("Needs improvement but the action has no target date.");

    private final String description;

    QualityIssue(String description) {
        this.description = description;
    }

    /** What the issue means, in a sentence. */
    public String description() {
        return description;
    }
}
