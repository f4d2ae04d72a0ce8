package org.socaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.InputFile;
import org.socaudit.model.InvalidInputException;
import org.socaudit.xml.AuditTemplateReader;
import org.socaudit.xml.BundledContent;
import picocli.CommandLine.Option;

/** The {@code --template FILE} option shared by the audit commands; the bundled template when not given. */
final class TemplateOption {

    @Option(
            names = "--template",
            paramLabel = "FILE",
            description = "Audit template XML to use instead of the bundled SOC internal audit framework.")
    Path file;

    AuditTemplate load() throws InvalidInputException {
        return file == null ? BundledContent.auditTemplate() : InputFiles.read(file, new AuditTemplateReader()::read);
    }

    /** The template as an input of the report, with its SHA-256. */
    InputFile describe() throws IOException {
        if (file != null) {
            return new InputFile("Audit template", file.toString(), Checksums.sha256(file));
        }
        try (InputStream in = BundledContent.open(BundledContent.AUDIT_TEMPLATE)) {
            return new InputFile("Audit template", "(bundled) " + BundledContent.AUDIT_TEMPLATE, Checksums.sha256(in));
        }
    }
}
