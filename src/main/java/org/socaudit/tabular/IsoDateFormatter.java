package org.socaudit.tabular;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Formats numeric workbook cells for the readers: dates as ISO {@code yyyy-MM-dd} (never the
 * ambiguous {@code m/d/yy} of Excel's default), zero-padded codes as displayed, and every other
 * number in full, because a display format such as {@code #,##0} would hide the pence. Day numbers
 * count from 1900 or, in a workbook saved with the 1904 date system, from 1904 (1,462 days later).
 */
final class IsoDateFormatter extends DataFormatter {

    // Whether each format index is a date format: POI's own check runs regular expressions and only
    // remembers the last format, which alternates cell by cell in a ledger.
    private final Map<Integer, Boolean> dateFormats = new HashMap<>();

    // POI's sheet handler never passes the workbook's date system, so the formatter is told it.
    private final boolean date1904;

    IsoDateFormatter(boolean date1904) {
        super(Locale.UK);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean windowing1904) {
        boolean use1904Windowing = windowing1904 || date1904;
        if (dateFormats.computeIfAbsent(formatIndex, i -> DateUtil.isADateFormat(formatIndex, formatString))) {
            if (value >= 1 && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
        if (isZeroPadded(formatString)) {
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Formats such as {@code 00000000} that keep a company number's or SIC code's leading zeros. */
    private static boolean isZeroPadded(String formatString) {
        if (formatString == null || formatString.length() < 2) {
            return false;
        }
        for (int i = 0; i < formatString.length(); i++) {
            if (formatString.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
