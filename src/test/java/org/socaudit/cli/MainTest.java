package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsCommandsAndEveryExitCode() {
        CliRun run = CliRun.of("--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("validate"));
        assertTrue(run.out().contains("show"));
        for (ExitCode code : ExitCode.values()) {
            assertTrue(
                    run.out()
                            .contains(code.code() + "   "
                                    + code.meaning()
                                            .substring(
                                                    0,
                                                    Math.min(15, code.meaning().length()))),
                    code.name());
        }
    }

    @Test
    void versionNamesTheToolkit() {
        CliRun run = CliRun.of("--version");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("soc-audit "), run.out());
    }

    @Test
    void unknownOptionIsAUsageErrorWithoutStackTrace() {
        CliRun run = CliRun.of("validate", "--frobnicate", "x.xml");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
        assertTrue(!run.err().contains("\tat "), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("a command is required"));
    }
}
