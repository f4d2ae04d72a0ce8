package org.socaudit.model;

/** Why a supplier deserves a closer look, beyond its sector. */
public enum FlagKind {
    WATCHLIST_STRONG("Watchlist match (strong)"),
    WATCHLIST_REVIEW("Watchlist match (review)"),
    HIGH_RISK_NO_COMPANY_NUMBER("High-risk sector, no company number"),
    LOW_LEVEL_ONE_OFF("Low-level one-off spend"),
    POSSIBLE_SPLITTING("Same-day payments over the threshold"),
    MANY_CATEGORIES("Paid under many categories"),
    NET_CREDIT("Credits equal or exceed payments"),
    UNKNOWN_SIC("SIC code not in UK SIC 2007");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    /** How the flag reads in a report. */
    public String label() {
        return label;
    }
}
