package org.socaudit.cli;

import java.io.PrintWriter;

/**
 * A one-line progress count on stderr for long runs, shown only when stderr is a terminal so that
 * logs and pipes stay clean.
 */
final class Progress {

    private static final long EVERY = 100_000;

    private final PrintWriter err;
    private final boolean enabled;
    private long count;

    Progress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    void tick() {
        count++;
        if (enabled && count % EVERY == 0) {
            ConsoleWriter.printRaw(err, String.format("\rRead %,d payments...", count));
        }
    }

    void done() {
        if (enabled && count >= EVERY) {
            ConsoleWriter.printRaw(err, "\r" + " ".repeat(40) + "\r");
        }
    }
}
