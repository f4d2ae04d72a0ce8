package org.socaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socaudit.model.AuditReport;
import org.socaudit.model.Checklist;
import org.socaudit.model.InputFile;
import org.socaudit.model.RunInfo;
import org.socaudit.workbook.AuditReportWriter;
import org.socaudit.xml.BundledContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soc-audit audit-report}: reads a completed audit programme back and reports on it. */
@Command(
        name = "audit-report",
        mixinStandardHelpOptions = true,
        description = {
            "Report on a completed audit programme, against management's checklist when given.",
            "Rates each area, lists findings and recommendations, flags key policies not in place or not reviewed in two years and, given the checklist responses, shows where management's self-assessment is more favourable than audit's rating."
        })
final class AuditReportCommand implements Callable<Integer> {

    @Mixin
    AuditInputs audit = new AuditInputs();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the audit report workbook here (.xlsx).")
    Path out;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Mixin
    OverwriteOption overwrite = new OverwriteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (audit.programme == null) {
            throw new UsageException("give the completed programme with --programme FILE");
        }
        OutputFiles outputs = new OutputFiles(audit.files()).force(overwrite.force);
        if (out != null) {
            outputs.checkWorkbook(out);
        }
        Checklist checklist = audit.checklist.load();
        AuditReport report = audit.report(checklist, spec.commandLine().getErr());
        if (out != null) {
            RunInfo run =
                    new RunInfo(VersionProvider.version(), LocalDateTime.now().withNano(0), inputs());
            outputs.add(out, o -> new AuditReportWriter(
                                    checklist.scale(), BundledContent.sectors().namesById())
                            .write(report, run, o))
                    .commit();
        }
        AuditSummary summary = new AuditSummary(report, checklist.scale());
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
        List<InputFile> inputs = new ArrayList<>(audit.inputFiles());
        inputs.add(audit.template.describe());
        return inputs;
    }
}
