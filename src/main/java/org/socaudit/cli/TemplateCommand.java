package org.socaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.workbook.ChecklistWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soc-audit template}: writes the fillable checklist workbook. */
@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = "Write the checklist as a workbook to fill in in Excel or LibreOffice.")
final class TemplateCommand implements Callable<Integer> {

    @Mixin
    ChecklistOption checklist = new ChecklistOption();

    @Option(names = "--authority", paramLabel = "NAME", description = "The council's name, shown on every sheet.")
    String authority;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The workbook to write (.xlsx).")
    Path out;

    @Mixin
    OverwriteOption overwrite = new OverwriteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Checklist loaded = checklist.load();
        ChecklistResponses blank = new ChecklistResponses(
                loaded.info().id(), loaded.info().version(), authority == null ? "" : authority, null, null, List.of());
        List<Path> inputs = new ArrayList<>();
        if (checklist.file != null) {
            inputs.add(checklist.file);
        }
        OutputFiles outputs = new OutputFiles(inputs).force(overwrite.force);
        outputs.checkWorkbook(out);
        outputs.add(out, o -> new ChecklistWorkbookWriter().write(loaded, blank, o))
                .commit();
        spec.commandLine()
                .getOut()
                .println("Wrote " + out + " (" + loaded.questions().size() + " questions to answer).");
        return ExitCode.OK.code();
    }
}
