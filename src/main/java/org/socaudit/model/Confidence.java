package org.socaudit.model;

/**
 * How sure a sector hit is. High: a code, a strong term, or weak terms from two sources (name and
 * spend category, or a term and a code). Low: a weak term from one source alone, an extended-tier
 * code alone, or any hit on a supplier whose name says it is a charity or trust.
 */
public enum Confidence {
    HIGH("High"),
    LOW("Low");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    /** How the level reads in a sheet. */
    public String label() {
        return label;
    }
}
