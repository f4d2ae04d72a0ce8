package org.socaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.socaudit.audit.AuditEvaluator;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditReport;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistLink;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InputFile;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.PolicyCheck;
import org.socaudit.model.Problem;
import org.socaudit.model.ScoreCard;
import org.socaudit.model.Section;
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
        ProgrammeReader reader = new ProgrammeReader(auditTemplate, loaded.scale());
        AuditProgramme read = InputFiles.read(programme, reader::read);
        reader.warnings().forEach(w -> err.println("soc-audit: warning: " + w));
        if (read.answers().stream().allMatch(AuditAnswer::isBlank)
                && read.policies().stream().allMatch(PolicyCheck::isBlank)) {
            throw new InvalidInputException(Problem.inFile(
                    programme.toString(),
                    "no answers found: no audit question or key policy has anything recorded;"
                            + " is this the completed programme?"));
        }
        ScoreCard scores = null;
        if (checklistResponses != null) {
            String linked = auditTemplate.checklistLinks().checklistId();
            if (linked.equals(loaded.info().id())) {
                FilledChecklist filled = AnswerFiles.readFor(checklistResponses, loaded);
                filled.warnings().forEach(w -> err.println("soc-audit: warning: " + w));
                ChecklistResponses responses = filled.responses();
                scores = new Scorer().score(loaded, responses);
                warnAboutMismatches(auditTemplate, loaded, read.authority(), responses.authority(), err);
            } else {
                err.println("soc-audit: the audit template links no sections of checklist "
                        + loaded.info().id() + (linked.isEmpty() ? "" : " (it links checklist " + linked + ")")
                        + "; no variances shown");
            }
        }
        return new AuditEvaluator(loaded.scale())
                .evaluate(auditTemplate, read, asOf == null ? LocalDate.now() : asOf, scores);
    }

    /** Links to sections the checklist lacks, and a programme and checklist of different councils, are worth a word. */
    private static void warnAboutMismatches(
            AuditTemplate auditTemplate,
            Checklist loaded,
            String programmeCouncil,
            String checklistCouncil,
            PrintWriter err) {
        Set<String> sections = loaded.sections().stream().map(Section::id).collect(Collectors.toSet());
        for (ChecklistLink link : auditTemplate.checklistLinks().links()) {
            if (!sections.contains(link.sectionId())) {
                err.println("soc-audit: the audit template links section '" + link.sectionId() + "', which checklist "
                        + loaded.info().id() + " does not have; it is left out of the variances");
            }
        }
        if (programmeCouncil != null
                && checklistCouncil != null
                && !programmeCouncil.strip().equalsIgnoreCase(checklistCouncil.strip())) {
            err.println("soc-audit: the programme is for '" + programmeCouncil
                    + "' but the checklist responses are for '" + checklistCouncil + "'; check they belong together");
        }
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
                List.of("Audit programme", "Checklist responses"), Arrays.asList(programme, checklistResponses));
    }
}
