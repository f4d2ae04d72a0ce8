package org.socaudit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code soc-audit} command; the work is done by its subcommands. */
@Command(
        name = "soc-audit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serious and organised crime checklist, internal audit and supplier screening for local authorities.",
            ""
        },
        subcommands = {
            DemoCommand.class,
            TemplateCommand.class,
            ScoreCommand.class,
            ScreenCommand.class,
            AuditPlanCommand.class,
            AuditReportCommand.class,
            WorkbookCommand.class,
            ValidateCommand.class,
            ShowCommand.class
        },
        footerHeading = "%n",
        footer = {"Run 'soc-audit COMMAND --help' for a command's options."})
final class SocAuditCommand implements Runnable {

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Show a stack trace when an unexpected error happens.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
