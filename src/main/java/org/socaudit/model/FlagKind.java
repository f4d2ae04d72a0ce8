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
    UNKNOWN_SIC("SIC code not in UK SIC 2007"),
    CH_NOT_ON_REGISTER("Company number not on the live register"),
    CH_NAME_MISMATCH("Registered name unlike the supplier's"),
    CH_STATUS("Company not active"),
    CH_RECENTLY_INCORPORATED("Incorporated shortly before first payment"),
    CH_DORMANT_OR_NO_ACCOUNTS("Dormant or no accounts filed"),
    CH_FILINGS_OVERDUE("Filings overdue at Companies House"),
    CH_SHARED_ADDRESS("Registered address shared with another supplier"),
    WATCHLIST_PSC("Person with significant control on the watchlist"),
    PSC_COMMON_CONTROL("Same controller as another supplier"),
    PSC_STATEMENT("No registrable controller, or not confirmed");

    private final String label;

    FlagKind(String label) {
        this.label = label;
    }

    /** How the flag reads in a report. */
    public String label() {
        return label;
    }
}
