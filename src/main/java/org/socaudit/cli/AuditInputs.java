package org.socaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.socaudit.audit.AuditEvaluator;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditReport;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.Checklist;
import org.socaudit.model.InputFile;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.ScoreCard;
import org.socaudit.scoring.Scorer;
import org.socaudit.workbook.ProgrammeReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that name a completed audit programme and the checklist responses to set against it,
 * shared by {@code audit-report} and {@code workbook}, and the evaluation they feed.
 */
final class AuditInputs {

    @Mixin
    TemplateOption template = new TemplateOption();

    @Mixin
    ChecklistOption checklist = new ChecklistOption();

    @Option(names = "--programme", paramLabel = "FILE", description = "The completed audit programme (.xlsx).")
    Path programme;

    @Option(
            names = "--checklist-responses",
            paramLabel = "FILE",
            description = "Management's checklist: the filled workbook (.xlsx) or responses XML.")
    Path checklistResponses;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Judge policy reviews as of this day (yyyy-mm-dd; default: today).")
    LocalDate asOf;

    /** Reads the programme and evaluates it; warns on {@code err} when the checklist cannot be compared. */
    AuditReport report(Checklist loaded, PrintWriter err) throws InvalidInputException {
        AuditTemplate auditTemplate = template.load();
        AuditProgramme read = InputFiles.read(programme, new ProgrammeReader(auditTemplate, loaded.scale())::read);
        ScoreCard scores = null;
        if (checklistResponses != null) {
            String linked = auditTemplate.checklistLinks().checklistId();
            if (linked.equals(loaded.info().id())) {
                scores = new Scorer()
                        .score(
                                loaded,
                                AnswerFiles.readFor(checklistResponses, loaded).responses());
            } else {
                err.println("soc-audit: the audit template links no sections of checklist "
                        + loaded.info().id() + (linked.isEmpty() ? "" : " (it links checklist " + linked + ")")
                        + "; no variances shown");
            }
        }
        return new AuditEvaluator(loaded.scale())
                .evaluate(auditTemplate, read, asOf == null ? LocalDate.now() : asOf, scores);
    }

    /** Every file these options name. */
    List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path file : new Path[] {programme, checklistResponses, template.file, checklist.file}) {
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    /** The programme and checklist responses, with their SHA-256. */
    List<InputFile> inputFiles() throws IOException {
        return Scoring.describe(
                List.of("Audit programme", "Checklist responses"),
                java.util.Arrays.asList(programme, checklistResponses));
    }
}
