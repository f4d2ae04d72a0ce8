package org.socaudit.tabular;

/** Cell text clean-up shared by the readers. */
final class Text {

    private static final String REDACTED = "redacted";

    private Text() {}

    /** The text without surrounding spaces (no-break spaces and a BOM too), or null when nothing is left. */
    static String trim(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    /**
     * Whether a supplier name is a redaction marker. Councils write "REDACTED PERSONAL DATA" with
     * varying case and spacing (Harrogate's has a mis-encoded no-break space), so the word is enough.
     */
    static boolean isRedacted(String name) {
        int last = name.length() - REDACTED.length();
        for (int i = 0; i <= last; i++) {
            char c = name.charAt(i);
            if ((c == 'r' || c == 'R') && name.regionMatches(true, i, REDACTED, 0, REDACTED.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
