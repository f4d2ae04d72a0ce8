package org.socaudit.tabular;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Caps the characters one CSV record may take, so that a single enormous line or an unclosed quote
 * cannot make the parser buffer the rest of the file.
 */
final class BoundedReader extends FilterReader {

    /** Thrown when a record passes the cap; the parser hands it back wrapped. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException(long limit) {
            super("a row is longer than " + limit + " characters");
        }
    }

    private final long limit;
    private long sinceRecord;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting again; called after each record, so the count is approximate by one read-ahead buffer. */
    void recordDone() {
        sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        sinceRecord += n;
        if (sinceRecord > limit) {
            throw new RecordTooLongException(limit);
        }
    }
}
