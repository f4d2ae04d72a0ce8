package org.socaudit.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in pence written as pounds, such as £6,200.00, wherever the toolkit writes text. */
public final class Pounds {

    private Pounds() {}

    /** The amount as pounds with a thousands separator and two decimals. */
    public static String format(long pence) {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(BigDecimal.valueOf(pence, 2));
    }
}
