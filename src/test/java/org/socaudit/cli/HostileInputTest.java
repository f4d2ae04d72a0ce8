package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the hostile input corpus ({@code org/socaudit/hostile/cases.txt}) through the
 * real command line: each file either reads correctly or is refused with exit 3 and a problem that
 * names the file and the place, never a stack trace, and a refused run leaves no output behind.
 * Surefire runs the tests with a 1 GB heap, so a case that needs more fails here too.
 */
class HostileInputTest {

    private static final String CORPUS = "/org/socaudit/hostile/";

    /** The commands that write a workbook (to --out); the others print only. */
    private static final List<String> WRITES_A_WORKBOOK = List.of(
            "score",
            "audit-report",
            "screen --payments",
            "screen --suppliers",
            "screen --watchlist",
            "screen --sectors",
            "template --checklist");

    /** The commands without a --json option. */
    private static final List<String> TEXT_ONLY = List.of("show checklist", "template --checklist");

    @TempDir
    static Path corpus;

    private static HostileFiles generated;

    @TempDir
    Path work;

    @BeforeAll
    static void prepare() {
        generated = new HostileFiles(corpus);
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (InputStream in = HostileInputTest.class.getResourceAsStream(CORPUS + "cases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != 5) {
                    throw new IllegalStateException("cases.txt: not five cells: " + line);
                }
                cases.add(Arguments.of(
                        cells[0].strip(),
                        cells[1].strip(),
                        Integer.parseInt(cells[2].strip()),
                        cells[3].strip(),
                        cells[4].strip()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} through {1} exits {2}")
    @MethodSource("cases")
    void readsCorrectlyOrExitsThreeNamingTheFileAndThePlace(
            String name, String command, int exit, String where, String says) throws Exception {
        Path file = file(name);
        Path outDir = work.resolve("out");
        Path out = outDir.resolve("result.xlsx");

        CliRun run = CliRun.of(arguments(command, file, out, exit == 0));

        assertEquals(exit, run.exitCode(), () -> name + ": " + run.err());
        assertFalse(run.err().contains("Exception"), () -> "an exception shown: " + run.err());
        assertFalse(run.err().contains("\tat "), () -> "a stack trace shown: " + run.err());
        assertFalse((run.out() + run.err()).contains("root:x:0:0"), "an external entity was resolved");
        if (exit == 0) {
            for (String part : says.split(" && ")) {
                assertTrue(run.out().contains(part), () -> "expected " + part + " in " + run.out());
            }
            if (WRITES_A_WORKBOOK.contains(command)) {
                assertEquals(List.of(out), list(outDir), "the output and nothing else");
            }
        } else {
            String location = file + (where.isEmpty() ? ": " : where);
            String problem = run.err()
                    .lines()
                    .filter(l -> l.startsWith(location))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no problem at " + location + " in:\n" + run.err()));
            assertTrue(problem.contains(says), () -> "expected '" + says + "' in " + problem);
            assertEquals(List.of(), list(outDir), "a refused run leaves no output or temporary file");
        }
    }

    private static Path file(String name) throws Exception {
        if (generated.makes(name)) {
            return generated.make(name);
        }
        Path file = corpus.resolve(name);
        if (!Files.exists(file)) {
            try (InputStream in = HostileInputTest.class.getResourceAsStream(CORPUS + name)) {
                if (in == null) {
                    throw new IllegalStateException("no corpus file " + name);
                }
                Files.copy(in, file);
            }
        }
        return file;
    }

    private static String[] arguments(String command, Path file, Path out, boolean json) throws Exception {
        List<String> args = new ArrayList<>();
        switch (command) {
            case "validate" -> args.addAll(List.of("validate", file.toString()));
            case "score" -> args.addAll(List.of("score", "--responses", file.toString(), "--out", out.toString()));
            case "audit-report" ->
                args.addAll(List.of("audit-report", "--programme", file.toString(), "--out", out.toString()));
            case "screen --payments", "screen --suppliers" ->
                args.addAll(List.of(
                        "screen", command.substring("screen ".length()), file.toString(), "--out", out.toString()));
            case "screen --watchlist" ->
                args.addAll(List.of(
                        "screen",
                        "--payments",
                        file("screen-payments.csv").toString(),
                        "--watchlist",
                        file.toString(),
                        "--out",
                        out.toString()));
            case "screen --sectors" ->
                args.addAll(List.of(
                        "screen",
                        "--payments",
                        file("screen-payments.csv").toString(),
                        "--sectors",
                        file.toString(),
                        "--out",
                        out.toString()));
            case "screen --payments --watchlist" ->
                args.addAll(List.of(
                        "screen",
                        "--payments",
                        file.toString(),
                        "--watchlist",
                        file("names-long-watchlist.csv").toString()));
            case "template --checklist" ->
                args.addAll(List.of("template", "--checklist", file.toString(), "--out", out.toString()));
            case "show checklist" -> args.addAll(List.of("show", "--file", file.toString(), "checklist"));
            default -> throw new IllegalArgumentException("cases.txt: unknown command " + command);
        }
        if (json && !TEXT_ONLY.contains(command)) {
            args.add(1, "--json");
        }
        return args.toArray(String[]::new);
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
