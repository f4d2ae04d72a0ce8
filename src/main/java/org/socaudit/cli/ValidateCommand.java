package org.socaudit.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.socaudit.xml.DocumentInspector;
import org.socaudit.xml.Inspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code soc-audit validate FILE...}: checks checklists, audit templates, sectors, responses and
 * questions-for-members files.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check toolkit XML files against their schemas and rules.",
            "Each file is recognised by its root element (checklist, auditTemplate, sectors, responses or memberQuestions)."
        })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "XML files to check.")
    List<Path> files;

    @Option(names = "--json", description = "Print a JSON array with one object per file.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Inspection> inspections =
                files.stream().map(ValidateCommand::inspect).toList();
        if (json) {
            spec.commandLine()
                    .getOut()
                    .println(Json.write(
                            inspections.stream().map(ValidateCommand::toJson).toList()));
        } else {
            printText(inspections);
        }
        boolean allValid = inspections.stream().allMatch(Inspection::valid);
        return allValid ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
    }

    private static Inspection inspect(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            return new DocumentInspector().inspect(file.toString(), in);
        } catch (InvalidInputException e) {
            return new Inspection(file.toString(), null, null, null, Map.of(), e.problems());
        } catch (java.io.IOException e) {
            return new Inspection(
                    file.toString(),
                    null,
                    null,
                    null,
                    Map.of(),
                    List.of(Problem.inFile(file.toString(), e.getMessage())));
        }
    }

    private void printText(List<Inspection> inspections) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Inspection inspection : inspections) {
            if (inspection.valid()) {
                out.println(inspection.file() + ": valid " + inspection.kind().kindName() + " " + inspection.id() + " "
                        + inspection.version() + " (" + describe(inspection.counts()) + ")");
            } else {
                String kind =
                        inspection.kind() == null ? "" : " " + inspection.kind().kindName();
                out.println(inspection.file() + ": invalid" + kind + " ("
                        + plural(inspection.problems().size(), "problem") + ")");
                inspection.problems().forEach(err::println);
            }
        }
    }

    /** The counts in words: "1 group, 10 sections, 52 service areas". */
    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + noun(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** A JSON count key ("serviceAreas", "policies") as words, singular for one. */
    static String noun(String key, int count) {
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        if (count != 1) {
            return words;
        }
        if (words.endsWith("ies")) {
            return words.substring(0, words.length() - 3) + "y";
        }
        return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static Map<String, Object> toJson(Inspection inspection) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", inspection.file());
        json.put("kind", inspection.kind() == null ? null : inspection.kind().kindName());
        json.put("valid", inspection.valid());
        json.put("id", inspection.id());
        json.put("version", inspection.version());
        json.put("counts", inspection.counts());
        List<Map<String, String>> problems = new ArrayList<>();
        for (Problem problem : inspection.problems()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("location", problem.location());
            entry.put("message", problem.message());
            problems.add(entry);
        }
        json.put("problems", problems);
        return json;
    }
}
