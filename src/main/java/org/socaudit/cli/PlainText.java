package org.socaudit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.apache.commons.text.WordUtils;

/** Writes headings, wrapped paragraphs and bullets for reading content in a terminal. */
final class PlainText {

    private static final int WIDTH = 100;

    private final PrintWriter out;

    PlainText(PrintWriter out) {
        this.out = out;
    }

    /** A heading underlined with a character, preceded by a blank line. */
    void heading(String text, char underline) {
        out.println();
        out.println(text);
        out.println(String.valueOf(underline).repeat(Math.min(text.length(), WIDTH)));
    }

    /** Paragraphs wrapped at the page width, with a blank line between them. */
    void paragraphs(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.println();
            }
            out.println(wrap(paragraphs.get(i), ""));
        }
    }

    /** A wrapped line whose first line starts with a label and whose next lines line up under the text. */
    void labelled(String label, String text) {
        String indent = " ".repeat(label.length());
        String wrapped = wrap(text, indent);
        out.println(label + wrapped.substring(indent.length()));
    }

    /** A plain line. */
    void line(String text) {
        out.println(text);
    }

    private static String wrap(String text, String indent) {
        String body = WordUtils.wrap(text, WIDTH - indent.length(), System.lineSeparator() + indent, false);
        return indent + body;
    }
}
