package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Reading on a second thread: order, thread and failures as if read on one. */
class ReadAheadTest {

    private static final InputIssue ISSUE = new InputIssue("f.csv", 2, "Amount", "not an amount");

    private static final ReadSummary SUMMARY = new ReadSummary(
            1,
            java.util.Map.of(),
            List.of(),
            java.util.Set.of(),
            List.of(),
            new ReadSummary.Lines(5000, 4999, 0, 0, 0, 0, 1, 0, 1));

    @Test
    void deliversRecordsAndIssuesInFileOrderOnTheCallersThread() throws Exception {
        List<Object> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        ReadSummary summary = ReadAhead.read(
                String.class,
                found -> {
                    for (int i = 0; i < 5000; i++) {
                        found.accept(i == 1234 ? ISSUE : "record " + i);
                    }
                    return SUMMARY;
                },
                record -> {
                    seen.add(record);
                    threads.add(Thread.currentThread());
                },
                issue -> seen.add(issue));

        assertSame(SUMMARY, summary);
        assertEquals(5000, seen.size());
        assertEquals("record 1233", seen.get(1233));
        assertSame(ISSUE, seen.get(1234));
        assertEquals("record 4999", seen.get(4999));
        assertEquals(
                List.of(Thread.currentThread()), threads.stream().distinct().toList());
    }

    @Test
    void passesOnWhatWasReadBeforeTheFileTurnedOutInvalid() {
        List<Object> seen = new ArrayList<>();
        InvalidInputException invalid = new InvalidInputException(Problem.inFile("f.csv", "is not valid CSV"));

        InvalidInputException thrown = assertThrows(
                InvalidInputException.class,
                () -> ReadAhead.read(
                        String.class,
                        found -> {
                            found.accept("first");
                            throw invalid;
                        },
                        seen::add,
                        seen::add));

        assertSame(invalid, thrown);
        assertEquals(List.of("first"), seen);
    }

    @Test
    void stopsReadingWhenTheCallerFails() {
        IllegalStateException stop = new IllegalStateException("stop");

        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> ReadAhead.read(
                        String.class,
                        found -> {
                            while (true) {
                                found.accept("endless");
                            }
                        },
                        record -> {
                            throw stop;
                        },
                        issue -> {}));

        assertSame(stop, thrown);
    }
}
