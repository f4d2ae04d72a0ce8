package org.socaudit.model;

/** How a question's assessment changed since the previous checklist; the order is the order of interest. */
public enum Movement {
    WORSENED("Worsened"),
    IMPROVED("Improved"),
    UNCHANGED("Unchanged"),
    NEWLY_ASSESSED("Newly assessed"),
    NO_LONGER_ASSESSED("Not assessed this time"),
    NOT_ASSESSED("Not assessed"),
    ADDED("New question");

    private final String label;

    Movement(String label) {
        this.label = label;
    }

    /** How the movement reads in a report. */
    public String label() {
        return label;
    }

    /** The movement from one assessment to another; either may be null (not assessed). */
    public static Movement between(Assessment before, Assessment after) {
        if (before == null) {
            return after == null ? NOT_ASSESSED : NEWLY_ASSESSED;
        }
        if (after == null) {
            return NO_LONGER_ASSESSED;
        }
        int change = before.ordinal() - after.ordinal();
        return change > 0 ? IMPROVED : change < 0 ? WORSENED : UNCHANGED;
    }
}
