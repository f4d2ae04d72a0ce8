package org.socaudit.tabular;

/**
 * How well a column's values suit a role, added to its header score: a column whose values cannot
 * be the role is ruled out whatever its header says ("Supplier ID" holding codes is no name), and
 * for the supplier name, amount and date a column with no telling header can still be chosen on its
 * values alone.
 */
final class ContentFit {

    /** The values rule the column out for the role. */
    static final int RULED_OUT = Integer.MIN_VALUE;

    /**
     * A column a header names must hold mostly values of the role; a few odd cells (a "N/A", a
     * typing slip, a row pushed sideways by a lost separator) do not rule it out.
     */
    private static final double MOSTLY = 0.5;

    /** A header scoring this names the role outright ("Supplier Name", "Payee"). */
    private static final int PLAIN_HEADER = 80;

    /** The score of a column chosen on its values alone: below any header that names the role. */
    private static final int VALUES_ONLY = 30;

    private ContentFit() {}

    /** Points to add to a header score of {@code header} (0 when the header does not name the role). */
    static int fit(Role role, ColumnProfile values, int header) {
        if (values.rows() == 0) {
            // A file with a header and no data: the header alone decides.
            return header == 0 ? RULED_OUT : 0;
        }
        if (values.filled() == 0) {
            // Nothing to read: an empty column names no supplier or amount, and is a poor choice for the rest.
            return role == Role.SUPPLIER_NAME || role == Role.AMOUNT || header == 0 ? RULED_OUT : -30;
        }
        if (!values.hasEvidence()) {
            return header == 0 ? RULED_OUT : 0;
        }
        int fit =
                switch (role) {
                    case SUPPLIER_NAME -> name(values, header);
                    case AMOUNT -> amount(values);
                    case DATE -> date(values, header > 0);
                    case SERVICE, CATEGORY -> text(values);
                    case COMPANY_NUMBER, CHARITY_NUMBER -> values.nameShare() > 0.5 ? RULED_OUT : 0;
                    default -> 0;
                };
        if (fit == RULED_OUT || header > 0) {
            return fit;
        }
        return valuesAlone(role, values) ? VALUES_ONLY + fit : RULED_OUT;
    }

    private static int name(ColumnProfile values, int header) {
        // One name throughout is the paying body ("Organisation Name"), unless the header says supplier outright.
        boolean oneName = values.distinct() == 1 && values.filled() >= 10 && header < PLAIN_HEADER;
        if (values.nameShare() < MOSTLY || oneName) {
            return RULED_OUT;
        }
        return (int) Math.round(10 * values.nameShare() + Math.min(10, 40 * values.legalShare()));
    }

    private static int amount(ColumnProfile values) {
        if (values.moneyShare() < MOSTLY || values.dateShare(false) > MOSTLY) {
            return RULED_OUT;
        }
        int fit = values.decimalShare() > 0 ? 10 : 0;
        // Whole numbers of six or more digits throughout are references, not money.
        return values.longIntegerShare() >= 0.8 && values.decimalShare() == 0 ? fit - 40 : fit;
    }

    private static int date(ColumnProfile values, boolean headerSaysDate) {
        return values.dateShare(headerSaysDate) < MOSTLY ? RULED_OUT : 10;
    }

    private static int text(ColumnProfile values) {
        return values.nameShare() < MOSTLY ? RULED_OUT : (int) Math.round(10 * values.fill());
    }

    /** Whether values alone make the role plain enough to choose a column without a header naming it. */
    private static boolean valuesAlone(Role role, ColumnProfile values) {
        return switch (role) {
            case SUPPLIER_NAME ->
                values.nameShare() >= 0.9
                        && values.legalShare() >= 0.15
                        && values.distinct() >= Math.min(10, values.filled() / 4);
            case AMOUNT -> values.moneyShare() >= 0.95 && values.decimalShare() >= 0.3;
            case DATE -> values.dateShare(false) >= 0.9;
            default -> false;
        };
    }
}
