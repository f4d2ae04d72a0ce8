package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.socaudit.model.Checklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Fuzzes the XML readers with Jazzer. The property: any bytes either read as a document or are
 * refused with {@link InvalidInputException} whose every problem names the file; any other
 * exception is a finding, and so is an input that takes longer than the timeout.
 *
 * <p>A plain test run replays the seeds in {@code XmlReadersFuzzTestInputs/<method>/}; with
 * JAZZER_FUZZ=1 one method is fuzzed for its {@code maxDuration} (see .ci/fuzz).
 */
class XmlReadersFuzzTest {

    private static final String NAME = "fuzzed.xml";
    private static final Checklist CHECKLIST = BundledContent.checklist();

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void checklistReaderReadsOrRefusesWithALocatedProblem(byte[] input) {
        try {
            new ChecklistReader().read(NAME, new ByteArrayInputStream(input));
        } catch (InvalidInputException e) {
            assertLocated(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void responsesReaderReadsOrRefusesWithALocatedProblem(byte[] input) {
        try {
            new ResponsesReader().read(NAME, new ByteArrayInputStream(input), CHECKLIST);
        } catch (InvalidInputException e) {
            assertLocated(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void documentInspectorNeverThrows(byte[] input) {
        Inspection inspection = new DocumentInspector().inspect(NAME, new ByteArrayInputStream(input));
        inspection.problems().forEach(XmlReadersFuzzTest::assertLocated);
    }

    static void assertLocated(InvalidInputException e) {
        assertFalse(e.problems().isEmpty());
        e.problems().forEach(XmlReadersFuzzTest::assertLocated);
    }

    private static void assertLocated(Problem problem) {
        assertTrue(problem.location().startsWith(NAME), problem::toString);
        assertFalse(problem.message().isBlank(), problem::toString);
    }
}
