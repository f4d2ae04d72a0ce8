package org.socaudit.model;

/** How a supplier was tied to a company on the register. */
public enum MatchBasis {
    /** The company number on file is the register's. */
    NUMBER("number", "number"),
    /** The supplier's name, once normalised, is the company's current name and no other company's. */
    NAME("name", "exact name"),
    /** The supplier's name is one of the company's previous names and no other company's name. */
    PREVIOUS_NAME("previous-name", "previous name");

    private final String code;
    private final String label;

    MatchBasis(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value in JSON output. */
    public String code() {
        return code;
    }

    /** How the basis reads in a report. */
    public String label() {
        return label;
    }
}
