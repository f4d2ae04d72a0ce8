package org.socaudit.screening;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Pence shown as pounds, such as £6,200.00, in the evidence screening gives. */
final class Money {

    private Money() {}

    static String format(long pence) {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(BigDecimal.valueOf(pence, 2));
    }
}
