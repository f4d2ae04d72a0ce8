package org.socaudit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socaudit.audit.ActionSchedule;
import org.socaudit.model.AuditReport;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.CouncilAssessment;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InputFile;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.RunInfo;
import org.socaudit.model.ScoredChecklist;
import org.socaudit.model.ScreeningReport;
import org.socaudit.workbook.AssessmentWorkbookWriter;
import org.socaudit.workbook.AuditReportWriter;
import org.socaudit.workbook.ChecklistWorkbookWriter;
import org.socaudit.workbook.FilledChecklistReader;
import org.socaudit.workbook.ScoredWorkbookWriter;
import org.socaudit.workbook.ScreeningWorkbookWriter;
import org.socaudit.xml.BundledContent;
import org.socaudit.xml.ResponsesReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code soc-audit demo}: runs the whole checklist journey on a fictional council's answers bundled
 * in the jar: blank template, filled workbooks for two years, read back, scored and compared.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Show what the toolkit makes, from sample answers of a fictional council bundled in the jar.",
            "Writes the blank template, the filled checklists for 2025 and 2026, the scored workbook, a screening of a real council spending sample plus fictional lines against a fictional watchlist, the filled internal audit programme and its report, and the combined workbook for senior management."
        })
final class DemoCommand implements Callable<Integer> {

    private static final String DEMO = "/org/socaudit/demo/";

    @Option(
            names = "--out",
            paramLabel = "DIR",
            required = true,
            description = "Directory to write the workbooks into.")
    Path out;

    @Mixin
    OverwriteOption overwrite = new OverwriteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Checklist checklist = BundledContent.checklist();
        ChecklistResponses thisYear = sample("demo-responses-2026.xml");
        ChecklistResponses lastYear = sample("demo-responses-2025.xml");
        ChecklistResponses blank =
                new ChecklistResponses(checklist.info().id(), checklist.info().version(), "", null, null, List.of());

        byte[] template = checklistWorkbook(checklist, blank);
        byte[] filledThisYear = checklistWorkbook(checklist, thisYear);
        byte[] filledLastYear = checklistWorkbook(checklist, lastYear);
        // Read the filled workbooks back, as a user's would be, rather than scoring the XML directly.
        FilledChecklist current = readBack("northbridge-checklist-2026.xlsx", filledThisYear, checklist);
        FilledChecklist previous = readBack("northbridge-checklist-2025.xlsx", filledLastYear, null);
        List<InputFile> inputs = List.of(
                new InputFile(
                        "Responses",
                        "northbridge-checklist-2026.xlsx",
                        Checksums.sha256(new ByteArrayInputStream(filledThisYear))),
                new InputFile(
                        "Previous",
                        "northbridge-checklist-2025.xlsx",
                        Checksums.sha256(new ByteArrayInputStream(filledLastYear))));
        ScoredChecklist scored = Scoring.score(checklist, current, previous, inputs);

        OutputFiles files = new OutputFiles(List.of())
                .force(overwrite.force)
                .add(out.resolve("soc-checklist-template.xlsx"), o -> o.write(template))
                .add(out.resolve("northbridge-checklist-2025.xlsx"), o -> o.write(filledLastYear))
                .add(out.resolve("northbridge-checklist-2026.xlsx"), o -> o.write(filledThisYear))
                .add(out.resolve("northbridge-checklist-2026-scored.xlsx"), o -> new ScoredWorkbookWriter()
                        .write(scored, o));
        DemoAudit audit = new DemoAudit(BundledContent.auditTemplate());
        ScreeningReport screening = new DemoScreening().run(out.resolve("demo-inputs"), files, audit.tally()::add);
        files.add(out.resolve("northbridge-screening.xlsx"), o -> new ScreeningWorkbookWriter().write(screening, o));
        LocalDate today = LocalDate.now();
        AuditReport auditReport = audit.report(screening.result(), scored, today);
        byte[] programme = audit.programmeWorkbook();
        RunInfo run = new RunInfo(
                VersionProvider.version(),
                LocalDateTime.now().withNano(0),
                List.of(new InputFile(
                        "Audit programme",
                        DemoAudit.PROGRAMME,
                        Checksums.sha256(new ByteArrayInputStream(programme)))));
        CouncilAssessment assessment = new CouncilAssessment(
                scored,
                auditReport,
                screening,
                today,
                new ActionSchedule(today, WorkbookCommand.ACTION_DAYS).due(scored.scoreCard(), auditReport),
                new RunInfo(run.toolVersion(), run.generatedAt(), allInputs(scored, run, screening)));
        files.add(out.resolve(DemoAudit.PROGRAMME), o -> o.write(programme))
                .add(out.resolve("northbridge-audit-report-2026.xlsx"), o -> new AuditReportWriter(
                                checklist.scale(), BundledContent.sectors().namesById())
                        .write(auditReport, run, o))
                .add(out.resolve("northbridge-soc-assessment-2026.xlsx"), o -> new AssessmentWorkbookWriter(
                                BundledContent.sectors().namesById(), BundledContent.memberQuestions())
                        .write(assessment, o));
        files.commit();
        report(files.targets(), scored, screening, auditReport);
        return ExitCode.OK.code();
    }

    private void report(List<Path> written, ScoredChecklist scored, ScreeningReport screening, AuditReport audit) {
        PrintWriter console = spec.commandLine().getOut();
        new ScoreSummary(scored).printText(console);
        console.println();
        ScreeningSummary.of(screening).printText(console);
        console.println();
        new AuditSummary(audit, scored.checklist().scale()).printText(console);
        console.println();
        console.println("Wrote:");
        written.forEach(path -> console.println("  " + path));
    }

    private static List<InputFile> allInputs(ScoredChecklist scored, RunInfo audit, ScreeningReport screening) {
        List<InputFile> inputs = new ArrayList<>(scored.run().inputs());
        inputs.addAll(audit.inputs());
        inputs.addAll(screening.run().inputs());
        return inputs;
    }

    private static ChecklistResponses sample(String name) throws IOException, InvalidInputException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(DEMO + name)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the jar: " + name);
            }
            return new ResponsesReader().read("(bundled) " + name, in);
        }
    }

    private static byte[] checklistWorkbook(Checklist checklist, ChecklistResponses responses) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ChecklistWorkbookWriter().write(checklist, responses, bytes);
        return bytes.toByteArray();
    }

    private static FilledChecklist readBack(String name, byte[] workbook, Checklist expected)
            throws InvalidInputException {
        return new FilledChecklistReader().read(name, new ByteArrayInputStream(workbook), expected);
    }
}
