package org.socaudit.workbook;

/**
 * Estimates how many lines a text takes when wrapped in a column, so that rows can be made tall
 * enough: spreadsheet programs do not all grow rows to fit on opening, and a row too short hides
 * the end of a supplier's name or a finding.
 *
 * <p>Widths are Calibri 11's (Excel's default font, and the workbooks' font; Carlito has the same
 * metrics) at 96 dpi, where a column's width is counted in its 7-pixel digits. Bold is a little
 * wider. Lines are filled a word at a time, as wrapping does, and a word longer than a line is
 * broken across lines. A program showing the text in a narrower font leaves some room spare.
 */
final class TextFit {

    /** Pixels of a digit, the unit of column width. */
    private static final double DIGIT = 7;

    /** Pixels Excel adds to a column (5), less the cell's margins on both sides. */
    private static final double PADDING = 5 - 6;

    private TextFit() {}

    /** The lines the text needs in a column this many characters wide; an empty paragraph takes one. */
    static int lines(String text, int widthInCharacters, boolean bold) {
        double line = Math.max(DIGIT, widthInCharacters * DIGIT + PADDING);

        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            lines += paragraphLines(text, start, end < 0 ? text.length() : end, line, bold);
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /** Lines for text[from, to), filled word by word. */
    private static int paragraphLines(String text, int from, int to, double line, boolean bold) {
        int lines = 1;
        double used = 0;
        int i = from;
        while (i < to) {
            int wordEnd = i;
            double word = 0;
            while (wordEnd < to && text.charAt(wordEnd) != ' ') {
                word += width(text.charAt(wordEnd++), bold);
            }
            double space = width(' ', bold);
            if (used > 0 && used + space + word > line) {
                lines++;
                used = 0;
            }
            if (used > 0) {
                used += space;
            }
            if (word > line) {
                // A word wider than the column is broken where it reaches the edge.
                int more = (int) Math.ceil((used + word) / line) - 1;
                lines += more;
                used = used + word - more * line;
            } else {
                used += word;
            }
            i = wordEnd;
            while (i < to && text.charAt(i) == ' ') {
                i++;
            }
        }
        return lines;
    }

    /**
     * Advance widths of Calibri's printable ASCII characters, space to tilde, in 2048ths of an em
     * (the font's units), regular and bold, as measured from Carlito, which shares its metrics.
     */
    private static final short[] REGULAR = {
        463, 667, 821, 1020, 1038, 1464, 1397, 452, 621, 621, 1020, 1020, 511, 627, 517, 791,
        1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1020, 1020, 1020, 949,
        1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356,
        1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1020, 1020,
        596, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080,
        1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 644, 943, 644, 1020
    };

    private static final short[] BOLD = {
        463, 667, 898, 1020, 1038, 1493, 1443, 478, 638, 638, 1020, 1020, 528, 627, 547, 880,
        1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 565, 565, 1020, 1020, 1020, 949,
        1840, 1241, 1148, 1084, 1291, 999, 940, 1305, 1292, 546, 678, 1120, 866, 1790, 1349, 1385,
        1090, 1405, 1153, 968, 1014, 1337, 1211, 1856, 1128, 1064, 979, 665, 880, 665, 1020, 1020,
        615, 1011, 1099, 857, 1099, 1031, 648, 971, 1099, 503, 523, 983, 503, 1666, 1099, 1101,
        1099, 1099, 728, 817, 710, 1099, 969, 1526, 941, 970, 814, 704, 973, 704, 1020
    };

    /** Pixels per font unit: an 11-point em is 14.67 pixels at 96 dpi. */
    private static final double PIXELS_PER_UNIT = 11 * 96 / 72.0 / 2048;

    /** A character's width in pixels; a character outside ASCII counts as a wide capital. */
    static double width(char c, boolean bold) {
        int units = c >= ' ' && c <= '~' ? (bold ? BOLD : REGULAR)[c - ' '] : 1300;
        return units * PIXELS_PER_UNIT;
    }
}
