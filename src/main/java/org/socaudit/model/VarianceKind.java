package org.socaudit.model;

/** How management's self-assessment of a checklist section compares with audit's rating of the linked area. */
public enum VarianceKind {
    MANAGEMENT_MORE_FAVOURABLE("Management rates itself better than audit does"),
    AGREE("Management and audit agree"),
    AUDIT_MORE_FAVOURABLE("Audit rates it better than management does"),
    NOT_COMPARABLE("Not comparable: one side is not rated");

    private final String label;

    VarianceKind(String label) {
        this.label = label;
    }

    /** How the report describes the comparison. */
    public String label() {
        return label;
    }
}
