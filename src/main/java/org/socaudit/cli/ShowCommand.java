package org.socaudit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.Checklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.xml.AuditTemplateReader;
import org.socaudit.xml.BundledContent;
import org.socaudit.xml.ChecklistReader;
import org.socaudit.xml.MemberQuestionsReader;
import org.socaudit.xml.SectorsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code soc-audit show checklist|audit|sectors|member-questions}: prints the content readably before anyone fills it in. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description =
                "Print the checklist, the internal audit template, the high-risk sectors or the questions for members as readable text.")
final class ShowCommand implements Callable<Integer> {

    /** What to show, each named on the command line as its {@link #toString()}. */
    enum Content {
        checklist("checklist"),
        audit("audit"),
        sectors("sectors"),
        memberQuestions("member-questions");

        private final String name;

        Content(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Parameters(index = "0", paramLabel = "WHAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    Content what;

    @Option(
            names = "--file",
            paramLabel = "FILE",
            description = "Show this file instead of the bundled one (it must be of the kind named).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InvalidInputException {
        PlainText out = new PlainText(spec.commandLine().getOut());
        switch (what) {
            case checklist -> new ChecklistText(out).print(checklist());
            case audit -> new AuditTemplateText(out).print(auditTemplate());
            case sectors -> new SectorsText(out).print(sectors());
            case memberQuestions -> new MemberQuestionsText(out).print(memberQuestions());
        }
        return ExitCode.OK.code();
    }

    private Checklist checklist() throws InvalidInputException {
        return file == null ? BundledContent.checklist() : InputFiles.read(file, new ChecklistReader()::read);
    }

    private AuditTemplate auditTemplate() throws InvalidInputException {
        return file == null ? BundledContent.auditTemplate() : InputFiles.read(file, new AuditTemplateReader()::read);
    }

    private SectorCatalogue sectors() throws InvalidInputException {
        return file == null ? BundledContent.sectors() : InputFiles.read(file, new SectorsReader()::read);
    }

    private MemberQuestions memberQuestions() throws InvalidInputException {
        return file == null
                ? BundledContent.memberQuestions()
                : InputFiles.read(file, new MemberQuestionsReader()::read);
    }
}
