package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters from inputs reach the terminal only as visible escapes. */
class ConsoleEscapingTest {

    @TempDir
    Path dir;

    @Test
    void escapesTerminalControlsInAValueQuotedInAMessage() throws Exception {
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, "Supplier,Amount,Date\nAcme Ltd,\u001b[2J\u001b]0;pwned\u0007,01/04/2026\n");

        CliRun run = CliRun.of("screen", "--strict", "--payments", payments.toString());

        assertEquals(3, run.exitCode(), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertFalse(run.err().contains("\u0007"), run.err());
        assertTrue(run.err().contains("[2J\\u001b]0;pwned"), run.err());
    }

    @Test
    void jsonOutputStaysValidJsonWithTheControlsEscaped() throws Exception {
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, "Supplier,Amount,Date\nSkip\u0085Hire \u202ELtd,120.00,01/04/2026\n");

        CliRun run = CliRun.of("screen", "--json", "--payments", payments.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("\u202E"), "no raw right-to-left override");
        assertFalse(run.out().contains("\u0085"), "no raw C1 control");
        // Still JSON: the escapes are JSON's own form.
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    }

    @Test
    void letsLineBreaksAndTabsThroughAndEscapesLoneCarriageReturnsAndReordering() {
        StringWriter raw = new StringWriter();
        try (ConsoleWriter console = new ConsoleWriter(raw)) {
            console.print("a\tb\r\nsupplier\rspoof \u202Eevil\u0085\r");
            console.print("\n");
        }

        assertEquals("a\tb\r\nsupplier\\u000dspoof \\u202eevil\\u0085\r\n", raw.toString());
    }

    @Test
    void theProgressLineKeepsItsOwnCarriageReturn() {
        StringWriter raw = new StringWriter();
        ConsoleWriter console = new ConsoleWriter(raw);

        ConsoleWriter.printRaw(console, "\rRead 100,000 payments...");

        assertEquals("\rRead 100,000 payments...", raw.toString());
        PrintWriter plain = new PrintWriter(new StringWriter());
        ConsoleWriter.printRaw(plain, "\r");
    }
}
