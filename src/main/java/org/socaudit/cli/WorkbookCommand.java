package org.socaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.socaudit.audit.ActionSchedule;
import org.socaudit.model.AuditReport;
import org.socaudit.model.Checklist;
import org.socaudit.model.CouncilAssessment;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InputFile;
import org.socaudit.model.RunInfo;
import org.socaudit.model.ScoredChecklist;
import org.socaudit.model.ScreeningReport;
import org.socaudit.workbook.AssessmentWorkbookWriter;
import org.socaudit.xml.BundledContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soc-audit workbook}: one workbook for senior management bringing checklist, audit and screening together. */
@Command(
        name = "workbook",
        mixinStandardHelpOptions = true,
        description = {
            "Write one workbook for senior management and members, opening on an Executive Summary.",
            "The summary shows the ratings, top risks, flagged spend by sector, audit variances and actions due in the next 90 days, with charts; the checklist's, audit's and screening's sheets follow."
        })
final class WorkbookCommand implements Callable<Integer> {

    /** Actions falling due within this many days are shown on the Executive Summary. */
    static final int ACTION_DAYS = 90;

    @Mixin
    AuditInputs audit = new AuditInputs();

    @Mixin
    ScreeningOptions screening = new ScreeningOptions();

    @Option(
            names = "--previous",
            paramLabel = "FILE",
            description = "An earlier filled or scored checklist (.xlsx) or responses XML, to compare with.")
    Path previous;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Write the workbook here (.xlsx).")
    Path out;

    @Mixin
    OverwriteOption overwrite = new OverwriteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (audit.checklistResponses == null) {
            throw new UsageException("give management's checklist with --checklist-responses FILE");
        }
        OutputFiles outputs = new OutputFiles(inputPaths()).force(overwrite.force);
        outputs.checkWorkbook(out);
        Checklist checklist = audit.checklist.load();
        FilledChecklist current = AnswerFiles.readFor(audit.checklistResponses, checklist);
        FilledChecklist earlier = previous == null ? null : AnswerFiles.readPrevious(previous, checklist);
        ScoredChecklist scored = Scoring.score(checklist, current, earlier, List.of());
        AuditReport report = audit.programme == null
                ? null
                : audit.report(checklist, spec.commandLine().getErr());
        ScreeningReport screened = screening.any() ? screening.screen(spec, payment -> {}) : null;
        LocalDate asOf = audit.asOf == null ? LocalDate.now() : audit.asOf;
        CouncilAssessment assessment = new CouncilAssessment(
                scored,
                report,
                screened,
                asOf,
                new ActionSchedule(asOf, ACTION_DAYS).due(scored.scoreCard(), report),
                new RunInfo(VersionProvider.version(), LocalDateTime.now().withNano(0), inputs()));
        Map<String, String> sectorNames = screening.catalogue().namesById();
        outputs.add(out, o -> new AssessmentWorkbookWriter(sectorNames, BundledContent.memberQuestions())
                        .write(assessment, o))
                .commit();
        print(assessment);
        return ExitCode.OK.code();
    }

    private void print(CouncilAssessment assessment) {
        PrintWriter console = spec.commandLine().getOut();
        new ScoreSummary(assessment.checklist()).printText(console);
        assessment.auditIfAny().ifPresent(r -> {
            console.println();
            new AuditSummary(r, assessment.checklist().checklist().scale()).printText(console);
        });
        assessment.screeningIfAny().ifPresent(s -> {
            console.println();
            ScreeningSummary.of(s).printText(console);
        });
        console.println();
        console.println("Actions due in the next " + ACTION_DAYS + " days: "
                + assessment.actionsDue().size() + ".");
        console.println("Wrote " + out + ".");
    }

    private List<Path> inputPaths() {
        List<Path> paths = new ArrayList<>(audit.files());
        paths.addAll(screening.files());
        if (previous != null) {
            paths.add(previous);
        }
        return paths;
    }

    private List<InputFile> inputs() throws IOException {
        List<InputFile> inputs = new ArrayList<>(audit.inputFiles());
        inputs.addAll(Scoring.describe(List.of("Previous"), Arrays.asList(previous)));
        if (audit.programme != null) {
            inputs.add(audit.template.describe());
        }
        inputs.addAll(screening.inputFiles());
        return inputs;
    }
}
