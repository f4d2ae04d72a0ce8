package org.socaudit.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Opens the files a user names, turning "not there" and "not readable" into located problems. */
final class InputFiles {

    private InputFiles() {}

    /** Opens a file for reading, or says plainly why it cannot be read. */
    static InputStream open(Path file) throws InvalidInputException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(Problem.inFile(name, "is a directory, not a file"));
        }
        if (!Files.exists(file)) {
            throw new InvalidInputException(Problem.inFile(name, "file not found"));
        }
        try {
            return new BufferedInputStream(Files.newInputStream(file));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(name, "cannot read: " + e.getMessage()));
        }
    }

    /** Reads a document from a file with a reader, closing the file afterwards. */
    static <T> T read(Path file, DocumentReader<T> reader) throws InvalidInputException {
        try (InputStream in = open(file)) {
            return reader.read(file.toString(), in);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /** Reads one document from a named stream. */
    @FunctionalInterface
    interface DocumentReader<T> {
        T read(String sourceName, InputStream in) throws InvalidInputException;
    }
}
