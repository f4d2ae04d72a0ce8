package org.socaudit.workbook;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text too long for a cell: Excel holds at most 32,767 characters in one, and refuses a workbook
 * with more. Longer text (a joined list of evidence, a pasted document as a supplier name) is cut,
 * ending with a marker that says so and how long it was, and each workbook counts its cut cells so
 * its About sheet can say so too.
 */
final class CutText {

    /** The most characters a cell holds. */
    static final int MAX = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private static final Map<Workbook, Integer> CUT = Collections.synchronizedMap(new WeakHashMap<>());

    private CutText() {}

    /** The text as it fits in a cell of this workbook: unchanged, or cut with a marker (and counted). */
    static String fit(Workbook workbook, String text) {
        if (text.length() <= MAX) {
            return text;
        }
        CUT.merge(workbook, 1, Integer::sum);
        String marker = " [... cut here: the text is " + String.format("%,d", text.length())
                + " characters long, more than a cell can hold]";
        int keep = MAX - marker.length();
        // Never split a character made of two UTF-16 units.
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + marker;
    }

    /** How many cells of this workbook had their text cut. */
    static int count(Workbook workbook) {
        return CUT.getOrDefault(workbook, 0);
    }
}
