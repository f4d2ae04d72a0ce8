package org.socaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.socaudit.audit.ScopeProposer;
import org.socaudit.audit.ServiceSpendTally;
import org.socaudit.model.AuditPlan;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Pounds;
import org.socaudit.model.ScopeProposal;
import org.socaudit.model.ScreeningReport;
import org.socaudit.workbook.ProgrammeReader;
import org.socaudit.workbook.ProgrammeWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soc-audit audit-plan}: writes the internal audit programme, with scope proposed from spend when given. */
@Command(
        name = "audit-plan",
        mixinStandardHelpOptions = true,
        description = {
            "Write the internal audit programme: process, scope, audit questions and key policies.",
            "Given spending files, each service shows its spend with suppliers in high-risk sectors, and the services with such spend are proposed for the scope."
        })
final class AuditPlanCommand implements Callable<Integer> {

    @Mixin
    TemplateOption template = new TemplateOption();

    @Mixin
    ChecklistOption checklist = new ChecklistOption();

    @Mixin
    ScreeningOptions screening = new ScreeningOptions();

    @Option(names = "--council", paramLabel = "NAME", description = "The council's name, shown on the programme.")
    String council;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Write the programme here (.xlsx).")
    Path out;

    @Mixin
    OverwriteOption overwrite = new OverwriteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = new ArrayList<>(screening.files());
        if (template.file != null) {
            inputs.add(template.file);
        }
        OutputFiles outputs = new OutputFiles(inputs).force(overwrite.force);
        outputs.checkWorkbook(out);
        refuseToReplaceAProgramme();
        AuditTemplate loaded = template.load();
        AuditPlan plan = plan(loaded);
        AuditProgramme blank = AuditProgramme.blank(loaded, council, LocalDate.now());
        ProgrammeWorkbookWriter writer = new ProgrammeWorkbookWriter(
                checklist.load().scale(), screening.catalogue().namesById());
        outputs.add(out, o -> writer.write(plan, blank, o)).commit();
        print(plan);
        return ExitCode.OK.code();
    }

    /** A completed programme at --out holds the auditor's work; writing a blank plan over it would lose it. */
    private void refuseToReplaceAProgramme() throws IOException {
        if (overwrite.force || !Files.isRegularFile(out)) {
            return;
        }
        try (InputStream in = Files.newInputStream(out)) {
            if (ProgrammeReader.isProgramme(in)) {
                throw new UsageException(out + " is already an audit programme; writing a new plan over it would lose"
                        + " what was recorded in it. Choose another --out, or add --force to replace it");
            }
        }
    }

    private AuditPlan plan(AuditTemplate loaded) throws InvalidInputException, IOException {
        if (!screening.any()) {
            return new ScopeProposer().propose(loaded);
        }
        ServiceSpendTally tally = new ServiceSpendTally(loaded.scope().services());
        ScreeningReport report = screening.screen(spec, tally::add);
        return new ScopeProposer().propose(loaded, tally, report.result());
    }

    private void print(AuditPlan plan) {
        PrintWriter console = spec.commandLine().getOut();
        List<ScopeProposal> proposed =
                plan.scope().stream().filter(ScopeProposal::proposed).toList();
        console.println(
                "Proposed for scope: " + proposed.size() + " of " + plan.scope().size() + " services.");
        for (ScopeProposal proposal : proposed) {
            String spend = proposal.spend() == null
                    ? ""
                    : " (" + new Pounds(proposal.spend().flaggedPence()) + " with suppliers in high-risk sectors)";
            console.println("  " + proposal.directorate().title() + " / "
                    + proposal.service().title() + spend);
        }
        if (plan.unmapped() != null && plan.unmapped().payments() > 0) {
            boolean anyMatched = plan.scope().stream().anyMatch(p -> p.spend().payments() > 0);
            console.println(
                    "Spend matched to no service: " + new Pounds(plan.unmapped().totalPence()) + " in "
                            + plan.unmapped().payments() + " payments; "
                            + (anyMatched
                                    ? "see the Spend Units sheet, and add <orgUnit> words to a copy of the template to map it."
                                    : "no payment could be matched to a service (do the files have an organisational unit"
                                            + " column?), so the services marked at risk are proposed."));
        }
        console.println("Wrote " + out + ".");
    }
}
