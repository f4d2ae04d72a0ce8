package org.socaudit.tabular;

/** What a column of a spending file, supplier register or watchlist holds. */
public enum Role {
    SUPPLIER_NAME,
    AMOUNT,
    DATE,
    SERVICE,
    CATEGORY,
    COMPANY_NUMBER,
    CHARITY_NUMBER,
    SIC_CODES,
    CPV_CODES,
    ALIASES,
    BIRTH_DATE;

    /** The role as users write it on the command line, such as {@code supplier-name}. */
    public String optionName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
