package org.socaudit.cli;

import java.nio.file.Path;
import org.socaudit.model.Checklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.xml.BundledContent;
import org.socaudit.xml.ChecklistReader;
import picocli.CommandLine.Option;

/** The {@code --checklist FILE} option shared by commands; the bundled checklist when not given. */
final class ChecklistOption {

    @Option(
            names = "--checklist",
            paramLabel = "FILE",
            description = "Checklist XML to use instead of the bundled Local Authority SOC checklist.")
    Path file;

    Checklist load() throws InvalidInputException {
        return file == null ? BundledContent.checklist() : InputFiles.read(file, new ChecklistReader()::read);
    }
}
