package org.socaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InputFile;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.socaudit.model.Response;
import org.socaudit.model.ScoredChecklist;
import org.socaudit.workbook.ScoredWorkbookWriter;
import org.socaudit.xml.BundledContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soc-audit score}: reads filled-in answers, scores them and writes the scored workbook. */
@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score a filled checklist (the workbook from 'template', or a responses XML file).",
            "Prints the result; --out writes the scored workbook, --json prints JSON."
        })
final class ScoreCommand implements Callable<Integer> {

    @Mixin
    ChecklistOption checklist = new ChecklistOption();

    @Option(
            names = "--responses",
            paramLabel = "FILE",
            required = true,
            description = "The filled checklist workbook (.xlsx) or a responses XML file.")
    Path responses;

    @Option(
            names = "--previous",
            paramLabel = "FILE",
            description = "An earlier filled or scored checklist (.xlsx) or responses XML, to compare with.")
    Path previous;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the scored workbook here (.xlsx).")
    Path out;

    @Option(names = "--json", description = "Print the result as JSON instead of text.")
    boolean json;

    @Mixin
    OverwriteOption overwrite = new OverwriteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            new OutputFiles(inputPaths()).checkWorkbook(out);
        }
        Checklist loaded = checklist.load();
        FilledChecklist current = AnswerFiles.readFor(responses, loaded);
        if (current.responses().responses().stream().allMatch(Response::isBlank)) {
            throw new InvalidInputException(Problem.inFile(
                    responses.toString(),
                    "no answers found: every assessment, response, owner, target date and evidence is blank;"
                            + " is this the filled-in file?"));
        }
        FilledChecklist earlier = previous == null ? null : AnswerFiles.readPrevious(previous, loaded);
        current.warnings().forEach(w -> spec.commandLine().getErr().println("soc-audit: warning: " + w));
        if (earlier != null) {
            earlier.warnings().forEach(w -> spec.commandLine().getErr().println("soc-audit: warning: " + w));
            warnAboutThePrevious(current.responses(), earlier.responses());
        }
        ScoredChecklist scored = Scoring.score(loaded, current, earlier, inputs());
        if (out != null) {
            new OutputFiles(inputPaths())
                    .force(overwrite.force)
                    .add(out, o -> new ScoredWorkbookWriter().write(scored, o))
                    .commit();
        }
        ScoreSummary summary = new ScoreSummary(scored);
        if (json) {
            spec.commandLine().getOut().println(Json.write(summary.json()));
        } else {
            summary.printText(spec.commandLine().getOut());
            if (out != null) {
                spec.commandLine().getOut().println("Wrote " + out + ".");
            }
        }
        return ExitCode.OK.code();
    }

    private List<InputFile> inputs() throws IOException {
        List<InputFile> inputs = Scoring.describe(
                List.of("Responses", "Previous", "Checklist"), Arrays.asList(responses, previous, checklist.file));
        if (checklist.file == null) {
            inputs = new ArrayList<>(inputs);
            try (InputStream in = BundledContent.open(BundledContent.CHECKLIST)) {
                inputs.add(new InputFile("Checklist", "(bundled) " + BundledContent.CHECKLIST, Checksums.sha256(in)));
            }
        }
        return inputs;
    }

    /** The comparison is meant for the same council's earlier checklist; say so when it looks like neither. */
    private void warnAboutThePrevious(ChecklistResponses now, ChecklistResponses before) {
        var err = spec.commandLine().getErr();
        if (named(now.authority())
                && named(before.authority())
                && !now.authority().strip().equalsIgnoreCase(before.authority().strip())) {
            err.println("soc-audit: warning: " + previous + " is " + before.authority() + "'s checklist, not "
                    + now.authority() + "'s; the comparison is between two councils");
        }
        if (now.completedOn() != null
                && before.completedOn() != null
                && before.completedOn().isAfter(now.completedOn())) {
            err.println("soc-audit: warning: " + previous + " was completed on " + before.completedOn()
                    + ", after this checklist (" + now.completedOn() + "); --previous should be the earlier one");
        }
    }

    private static boolean named(String authority) {
        return authority != null && !authority.isBlank() && !authority.startsWith("(");
    }

    private List<Path> inputPaths() {
        List<Path> paths = new ArrayList<>(Arrays.asList(responses, previous, checklist.file));
        paths.removeIf(Objects::isNull);
        return paths;
    }
}
