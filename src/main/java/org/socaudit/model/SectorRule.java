package org.socaudit.model;

/** Which kind of evidence put a supplier in a sector. */
public enum SectorRule {
    SIC_CORE("SIC code (core)"),
    SIC_EXTENDED("SIC code (extended)"),
    CPV("CPV code"),
    COMPANIES_HOUSE_SIC("Companies House SIC"),
    NAME_KEYWORD("keyword in name"),
    CATEGORY_KEYWORD("keyword in spend category");

    private final String label;

    SectorRule(String label) {
        this.label = label;
    }

    /** How the rule reads in a report. */
    public String label() {
        return label;
    }
}
