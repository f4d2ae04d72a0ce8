package org.socaudit.tabular;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;

/**
 * Parses a file on a second thread while the caller's thread takes in what it found, so that on a
 * large ledger parsing and screening overlap. Records and issues reach the caller's consumers in
 * file order and on the caller's thread, exactly as a read on one thread would deliver them; an
 * error in either thread stops both. At most a few batches wait in between, so memory stays flat.
 */
final class ReadAhead<T> {

    /** A read that passes each record and issue it finds to {@code found}, in file order. */
    interface Read {
        ReadSummary run(Consumer<Object> found) throws InvalidInputException;
    }

    private static final int BATCH = 1024;
    private static final int BATCHES_WAITING = 8;

    /** Closes the last batch: the read's summary, or what stopped it. */
    private record End(ReadSummary summary, Throwable failure) {}

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(BATCHES_WAITING);
    private final Class<T> type;
    private volatile boolean cancelled;

    private ReadAhead(Class<T> type) {
        this.type = type;
    }

    /** Runs the read on a second thread, handing records of the given type and issues to the consumers. */
    static <T> ReadSummary read(Class<T> type, Read read, Consumer<T> records, Consumer<InputIssue> issues)
            throws InvalidInputException {
        return new ReadAhead<>(type).run(read, records, issues);
    }

    private ReadSummary run(Read read, Consumer<T> records, Consumer<InputIssue> issues) throws InvalidInputException {
        Thread reader = new Thread(() -> produce(read), "soc-audit-read-ahead");
        reader.setDaemon(true);
        reader.start();
        try {
            return consume(records, issues);
        } catch (RuntimeException | Error e) {
            cancelled = true;
            reader.interrupt();
            throw e;
        } finally {
            join(reader);
        }
    }

    private void produce(Read read) {
        Object[][] batch = {new Object[BATCH]};
        int[] size = {0};
        End end;
        try {
            ReadSummary summary = read.run(found -> {
                batch[0][size[0]++] = found;
                if (size[0] == BATCH) {
                    put(batch[0]);
                    batch[0] = new Object[BATCH];
                    size[0] = 0;
                }
            });
            end = new End(summary, null);
        } catch (Cancelled e) {
            return;
        } catch (InvalidInputException | RuntimeException | Error e) {
            end = new End(null, e);
        }
        Object[] last = Arrays.copyOf(batch[0], size[0] + 1);
        last[size[0]] = end;
        try {
            put(last);
        } catch (Cancelled e) {
            // The caller has stopped taking; nobody waits for the end.
        }
    }

    private ReadSummary consume(Consumer<T> records, Consumer<InputIssue> issues) throws InvalidInputException {
        while (true) {
            Object[] batch = take();
            for (Object found : batch) {
                if (found instanceof End end) {
                    return finish(end);
                } else if (found instanceof InputIssue issue) {
                    issues.accept(issue);
                } else {
                    records.accept(type.cast(found));
                }
            }
        }
    }

    private static ReadSummary finish(End end) throws InvalidInputException {
        if (end.failure() instanceof InvalidInputException e) {
            throw e;
        } else if (end.failure() instanceof RuntimeException e) {
            throw e;
        } else if (end.failure() instanceof Error e) {
            throw e;
        }
        return end.summary();
    }

    private Object[] take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        }
    }

    /** Waits for room, giving up as soon as the caller has stopped. */
    private void put(Object[] batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }

    private static void join(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Unwinds the reading thread once the caller has stopped taking. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
