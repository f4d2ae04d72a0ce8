package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.testing.Cells;

/** Outputs are written all or nothing, never over an input, and never over answers people typed. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void whenOneMoveFailsTheFilesAlreadyReplacedArePutBack() throws Exception {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Files.writeString(first, "old first");
        OutputFiles outputs = new OutputFiles(List.of())
                .add(first, o -> o.write("new first".getBytes(StandardCharsets.UTF_8)))
                .add(second, o -> o.write("new second".getBytes(StandardCharsets.UTF_8)));
        // After the checks, something takes the second name: a folder with a file in it, which no
        // file can be moved onto.
        Files.createDirectories(second);
        Files.writeString(second.resolve("inside.txt"), "x");

        assertThrows(UsageException.class, outputs::commit);

        assertEquals("old first", Files.readString(first), "the first output was put back");
        assertEquals(List.of("first.txt", "second.txt"), names(dir), "no temporary or set-aside file is left");
    }

    @Test
    void aFailingWriterLeavesNothingBehindWhateverItThrows() {
        Path target = dir.resolve("out.xlsx");
        OutputFiles outputs = new OutputFiles(List.of()).add(target, o -> {
            o.write(1);
            throw new StackOverflowError("deep");
        });

        assertThrows(StackOverflowError.class, outputs::commit);

        assertEquals(List.of(), names(dir));
    }

    @Test
    void aLongButValidOutputNameIsWritten() throws Exception {
        Path target = dir.resolve("r".repeat(240) + ".xlsx");

        new OutputFiles(List.of()).add(target, o -> o.write(1)).commit();

        assertTrue(Files.exists(target));
    }

    @Test
    void templateWillNotWriteOverAFilledChecklistUnlessForced() throws Exception {
        Path checklist = filledChecklist();
        byte[] before = Files.readAllBytes(checklist);

        CliRun refused = CliRun.of("template", "--out", checklist.toString());

        assertEquals(2, refused.exitCode(), refused.err());
        assertEquals(
                "soc-audit: " + checklist + " is a filled-in checklist holding 1 answer; writing over it would lose"
                        + " them. Choose another --out, or add --force to replace it",
                refused.err().strip());
        assertArrayEquals(before, Files.readAllBytes(checklist));
        assertEquals(List.of("checklist.xlsx"), names(dir));

        CliRun forced = CliRun.of("template", "--force", "--out", checklist.toString());
        assertEquals(0, forced.exitCode(), forced.err());
    }

    @Test
    void auditPlanAndScreenWillNotWriteOverAFilledChecklist() throws Exception {
        Path checklist = filledChecklist();

        assertEquals(2, CliRun.of("audit-plan", "--out", checklist.toString()).exitCode());
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, "Supplier,Amount,Date\nAcme Ltd,100.00,01/04/2026\n");
        CliRun screen = CliRun.of("screen", "--payments", payments.toString(), "--out", checklist.toString());
        assertEquals(2, screen.exitCode(), screen.err());
        assertTrue(screen.err().contains("is a filled-in checklist holding 1 answer"), screen.err());
    }

    @Test
    void screenWillNotWriteOverAFilledProgramme() throws Exception {
        Path programme = dir.resolve("programme.xlsx");
        assertEquals(0, CliRun.of("audit-plan", "--out", programme.toString()).exitCode());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(programme))) {
            var sheet = book.getSheet("Audit Questions");
            Cells.cell(sheet.getRow(3), "Finding").setCellValue("No checks on waste carriers");
            try (var out = Files.newOutputStream(programme)) {
                book.write(out);
            }
        }
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, "Supplier,Amount,Date\nAcme Ltd,100.00,01/04/2026\n");

        CliRun screen = CliRun.of("screen", "--payments", payments.toString(), "--out", programme.toString());

        assertEquals(2, screen.exitCode(), screen.err());
        assertTrue(screen.err().contains("is an audit programme holding 1 answer"), screen.err());
    }

    @Test
    void aFilledChecklistTooBigOrTooChangedToReadIsNotWrittenOverEither() throws Exception {
        Path big = dir.resolve("big.xlsx");
        Files.copy(filledChecklist(), big);
        // A photo pasted as evidence makes it bigger than any workbook the toolkit reads back.
        rezip(big, "xl/media/image1.png", new byte[17 * 1024 * 1024]);
        Path renamed = dir.resolve("renamed.xlsx");
        Files.copy(filledChecklist(), renamed);
        rewrite(renamed, "xl/workbook.xml", xml -> xml.replace("name=\"Checklist\"", "name=\"Our answers\""));

        for (Path target : List.of(big, renamed)) {
            byte[] before = Files.readAllBytes(target);

            CliRun run = CliRun.of("template", "--out", target.toString());

            assertEquals(2, run.exitCode(), run.err());
            assertTrue(
                    run.err()
                            .contains("looks like a filled-in checklist made by the toolkit, but its answers"
                                    + " cannot all be read"),
                    run.err());
            assertArrayEquals(before, Files.readAllBytes(target));
        }
    }

    /** Replaces or adds one part of a zip file. */
    private static void rezip(Path file, String part, byte[] content) throws IOException {
        java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                try (var in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        parts.put(part, content);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : parts.entrySet()) {
                var zipEntry = new java.util.zip.ZipEntry(entry.getKey());
                if (entry.getKey().endsWith(".png")) {
                    zipEntry.setMethod(java.util.zip.ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    var crc = new java.util.zip.CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setCrc(crc.getValue());
                }
                out.putNextEntry(zipEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
    }

    private static void rewrite(Path file, String part, java.util.function.UnaryOperator<String> change)
            throws IOException {
        String xml;
        try (var zip = new java.util.zip.ZipFile(file.toFile());
                var in = zip.getInputStream(zip.getEntry(part))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        rezip(file, part, change.apply(xml).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aScoredWorkbookOrABlankTemplateMayBeReplaced() throws Exception {
        Path blank = dir.resolve("blank.xlsx");
        assertEquals(0, CliRun.of("template", "--out", blank.toString()).exitCode());
        assertEquals(0, CliRun.of("template", "--out", blank.toString()).exitCode(), "nothing typed in it");

        Path checklist = filledChecklist();
        Path scored = dir.resolve("scored.xlsx");
        assertEquals(
                0,
                CliRun.of("score", "--responses", checklist.toString(), "--out", scored.toString())
                        .exitCode());
        CliRun again = CliRun.of("score", "--responses", checklist.toString(), "--out", scored.toString());
        assertEquals(0, again.exitCode(), again.err());
    }

    @Test
    void demoRunsAgainOverItsOwnFolder() {
        Path out = dir.resolve("demo");
        assertEquals(0, CliRun.of("demo", "--out", out.toString()).exitCode());

        CliRun again = CliRun.of("demo", "--out", out.toString());

        assertEquals(0, again.exitCode(), again.err());
    }

    private Path filledChecklist() throws IOException {
        Path checklist = dir.resolve("checklist.xlsx");
        Files.deleteIfExists(checklist);
        assertEquals(0, CliRun.of("template", "--out", checklist.toString()).exitCode());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(checklist))) {
            Cells.cell(book.getSheet("Checklist"), "Ref", "GS 1a", "Owner").setCellValue("Chief Executive");
            try (var out = Files.newOutputStream(checklist)) {
                book.write(out);
            }
        }
        return checklist;
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
