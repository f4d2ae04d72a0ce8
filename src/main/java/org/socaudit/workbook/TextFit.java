package org.socaudit.workbook;

import java.text.Normalizer;

/**
 * Estimates how many lines a text takes when wrapped in a column, so that rows can be made tall
 * enough: spreadsheet programs do not all grow rows to fit on opening, and a row too short hides
 * the end of a supplier's name or a finding.
 *
 * <p>Widths are Calibri 11's (Excel's default font, and the workbooks' font; Carlito has the same
 * metrics) at 96 dpi, where a column's width is counted in its 7-pixel digits. Bold is a little
 * wider. Lines are filled a word at a time, as wrapping does, and a word longer than a line is
 * broken between characters. A program showing the text in a narrower font leaves some room spare.
 */
final class TextFit {

    /** Pixels of a digit, the unit of column width. */
    private static final double DIGIT = 7;

    /**
     * Pixels of a column that text cannot use. The width written to the file (what
     * {@code Sheet.setColumnWidth} takes) already includes Excel's 5 pixels of padding: 2 of margin on
     * each side and 1 for the gridline (ECMA-376 Part 1, 18.3.1.13); a column w wide is 7w pixels.
     */
    private static final double PADDING = -5;

    /** Units of an em: what a character Calibri does not have, such as a Chinese one, takes in the fallback font. */
    private static final int EM = 2048;

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

    /**
     * Lines for text[from, to), filled word by word. Every space between words takes its width (a
     * run of them is shown as a run); spaces where a line breaks, and at the end, take none.
     */
    private static int paragraphLines(String text, int from, int to, double line, boolean bold) {
        double space = width(' ', bold);
        int lines = 1;
        double used = 0;
        int i = from;
        while (i < to) {
            int spaces = 0;
            while (i < to && text.charAt(i) == ' ') {
                spaces++;
                i++;
            }
            if (i == to) {
                break;
            }
            int wordEnd = i;
            double word = 0;
            while (wordEnd < to && text.charAt(wordEnd) != ' ') {
                int c = text.codePointAt(wordEnd);
                wordEnd += Character.charCount(c);
                word += width(c, bold);
            }
            double gap = spaces * space;
            if (used + gap + word <= line) {
                used += gap + word;
            } else {
                if (used + gap > 0) {
                    // The word does not fit after what is on the line, so it starts the next.
                    lines++;
                }
                used = 0;
                if (word <= line) {
                    used = word;
                } else {
                    // A word wider than the column is broken between characters, each line taking
                    // as many whole characters as fit.
                    for (int k = i; k < wordEnd; ) {
                        int c = text.codePointAt(k);
                        k += Character.charCount(c);
                        double w = width(c, bold);
                        if (used > 0 && used + w > line) {
                            lines++;
                            used = 0;
                        }
                        used += w;
                    }
                }
            }
            i = wordEnd;
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

    /**
     * A character's width in pixels. Outside ASCII: an accented Latin letter is as wide as its base
     * letter, a combining accent takes no room, a few common marks have their own widths, and
     * anything else counts as an em: wider than nearly all of Calibri's characters (W, @, the em dash
     * and the Cyrillic Shcha are under 1,900 units), and what a Chinese or Japanese character takes
     * in a fallback font.
     */
    static double width(int c, boolean bold) {
        return units(c, bold) * PIXELS_PER_UNIT;
    }

    private static int units(int c, boolean bold) {
        if (c >= ' ' && c <= '~') {
            return (bold ? BOLD : REGULAR)[c - ' '];
        }
        switch (c) {
            case '\u00A0':
                return units(' ', bold);
            case '\u2018', '\u2019':
                return bold ? 528 : 511;
            case '\u201C', '\u201D':
                return bold ? 891 : 857;
            case '\u2039', '\u203A':
                return bold ? 705 : 694;
            case '\u00A3', '\u20AC', '\u2013', '\u2022':
                return 1038;
            case '\u2026':
                return bold ? 1457 : 1414;
            default:
                break;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return 0;
        }
        if (c < 0x2000 && Character.isLetter(c)) {
            String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
            char first = base.charAt(0);
            if (base.length() > 1 && first >= ' ' && first <= '~') {
                return units(first, bold);
            }
        }
        return EM;
    }
}
