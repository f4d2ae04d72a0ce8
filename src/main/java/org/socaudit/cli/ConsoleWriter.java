package org.socaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the toolkit prints, with every control character shown as a visible escape: text from input
 * files (a supplier name, an XML title, a value quoted in a message) can hold terminal escape
 * sequences, carriage returns that overwrite a line, or right-to-left overrides that reorder it,
 * and none of them may act on the user's terminal. Line breaks and tabs pass, as does the line
 * separator of the platform; the progress count's own carriage returns go through {@link #printRaw}.
 * Escapes are a backslash, 'u' and four hex digits, the form JSON uses too, so --json output stays
 * valid JSON.
 */
final class ConsoleWriter extends PrintWriter {

    private final Writer raw;

    ConsoleWriter(Writer raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** Prints the toolkit's own text as it is, for the progress line's carriage returns. */
    void printRaw(String text) {
        flush();
        try {
            raw.write(text);
            raw.flush();
        } catch (IOException e) {
            setError();
        }
    }

    /** Prints text, unescaped when {@code err} is a console writer; for the toolkit's own control characters. */
    static void printRaw(PrintWriter err, String text) {
        if (err instanceof ConsoleWriter console) {
            console.printRaw(text);
        } else {
            err.print(text);
            err.flush();
        }
    }

    /** The escaping itself: a carriage return passes only as part of a CR LF line break. */
    private static final class Escaping extends Writer {
        private final Writer out;
        private boolean pendingReturn;

        Escaping(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            StringBuilder text = new StringBuilder(length + 8);
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (pendingReturn) {
                    pendingReturn = false;
                    text.append(c == '\n' ? "\r" : "\\u000d");
                }
                if (c == '\r') {
                    pendingReturn = true;
                } else if (isControl(c)) {
                    // The form JSON uses too, so --json output stays valid JSON.
                    text.append(String.format("\\u%04x", (int) c));
                } else {
                    text.append(c);
                }
            }
            out.write(text.toString());
        }

        /** C0 and C1 controls but line feed and tab, DEL, and the marks that reorder text. */
        private static boolean isControl(char c) {
            return (c < 0x20 && c != '\n' && c != '\t')
                    || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200E
                    || c == 0x200F
                    || c == 0x061C;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (pendingReturn) {
                out.write("\\u000d");
                pendingReturn = false;
            }
            out.close();
        }
    }
}
