package org.socaudit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a run's output files safely: each is written to a temporary file beside its target, and
 * only when every one has been written are they moved into place. A failed run leaves nothing
 * behind, and no output may replace one of the run's inputs.
 */
final class OutputFiles {

    /** Writes one file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final List<Path> inputs;
    private final Map<Path, Content> outputs = new LinkedHashMap<>();

    OutputFiles(Collection<Path> inputs) {
        this.inputs = inputs.stream().map(OutputFiles::canonical).toList();
    }

    /** Adds an output; refuses (a usage error) a target that is one of the inputs. */
    OutputFiles add(Path target, Content content) {
        check(target);
        outputs.put(target, content);
        return this;
    }

    /** Refuses, as {@link #check} does, and also a target whose name does not end in .xlsx. */
    void checkWorkbook(Path target) {
        check(target);
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException(target + " does not end in .xlsx; the toolkit writes Excel workbooks, so name the"
                    + " output FILE.xlsx");
        }
    }

    /** Refuses, as a usage error, a target that is one of the inputs or a directory. */
    void check(Path target) {
        Path canonical = canonical(target);
        if (inputs.contains(canonical)) {
            throw new UsageException("refusing to overwrite the input file " + target + "; choose another --out");
        }
        if (Files.isDirectory(target)) {
            throw new UsageException(target + " is a directory; give a file name for the output");
        }
    }

    /**
     * Writes every output to a temporary file, then moves them all into place. A target that cannot
     * be written (no such drive, no permission, a file where a folder should be) is a usage error.
     */
    void commit() throws IOException {
        Map<Path, Path> written = new LinkedHashMap<>();
        Path current = null;
        try {
            for (Map.Entry<Path, Content> output : outputs.entrySet()) {
                current = output.getKey();
                written.put(current, writeTemporary(current, output.getValue()));
            }
            for (Map.Entry<Path, Path> done : written.entrySet()) {
                current = done.getKey();
                move(done.getValue(), current);
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + current + ": " + describe(e));
        } finally {
            for (Path temporary : written.values()) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? what : what.toLowerCase(Locale.ROOT) + ": " + e.getMessage();
    }

    /** The targets, in the order they were added. */
    List<Path> targets() {
        return new ArrayList<>(outputs.keySet());
    }

    private static Path writeTemporary(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // A random name created fresh, rather than createTempFile, so the file gets the user's usual
        // permissions and colleagues on a shared drive can open the result.
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path canonical(Path path) {
        try {
            return Files.exists(path)
                    ? path.toRealPath()
                    : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
