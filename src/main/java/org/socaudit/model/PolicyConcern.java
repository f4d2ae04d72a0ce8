package org.socaudit.model;

/** Why a key plan or policy needs attention. */
public enum PolicyConcern {
    NOT_IN_PLACE("Not in place"),
    NOT_RECORDED("Not checked: 'In place' is blank"),
    NO_REVIEW_DATE("In place, but no review date recorded"),
    REVIEW_OVERDUE("Not reviewed in the last two years"),
    REVIEW_DATE_IN_FUTURE("Last reviewed date is after the report date; check it"),
    NOT_FOLLOWED("Not followed in practice"),
    PARTLY_FOLLOWED("Only partly followed in practice");

    private final String label;

    PolicyConcern(String label) {
        this.label = label;
    }

    /** How the report describes the concern. */
    public String label() {
        return label;
    }

    /** Whether the concern counts as missing or overdue: not in place, or not reviewed within two years. */
    public boolean missingOrOverdue() {
        return this == NOT_IN_PLACE || this == NO_REVIEW_DATE || this == REVIEW_OVERDUE;
    }
}
