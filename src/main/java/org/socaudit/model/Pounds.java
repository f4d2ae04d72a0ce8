package org.socaudit.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount in pence, written as pounds such as £6,200.00 wherever the toolkit writes text. */
public record Pounds(long pence) {

    /** The amount as pounds with a thousands separator and two decimals. */
    @Override
    public String toString() {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(BigDecimal.valueOf(pence, 2));
    }
}
