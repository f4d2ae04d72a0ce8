package org.socaudit.model;

/** The procurement law a statement is written for. */
public enum ProcurementRegime {
    PCR_2015("Public Contracts Regulations 2015"),
    PROCUREMENT_ACT_2023("Procurement Act 2023");

    private final String title;

    ProcurementRegime(String title) {
        this.title = title;
    }

    /** The law's title. */
    public String title() {
        return title;
    }
}
