package org.socaudit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.socaudit.workbook.AnswerWorkbooks;

/**
 * Writes a run's output files safely, all or nothing. Each is written to a temporary file beside its
 * target; only when every one has been written are they moved into place, any file they replace
 * first set aside and put back if a later move fails. A failed or interrupted run (Ctrl-C, a
 * shutdown) leaves nothing behind and nothing changed. No output may replace one of the run's
 * inputs, nor, without {@code --force}, a workbook holding answers people typed that the new file
 * would not hold too.
 */
final class OutputFiles {

    /** Writes one file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files not yet moved into place, removed if the program is stopped. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    /** Files set aside while others are moved into place (set-aside copy to target), put back if stopped. */
    private static final Map<Path, Path> SET_ASIDE = new ConcurrentHashMap<>();

    /** Targets moved into place by a commit that has not finished, removed if stopped. */
    private static final Set<Path> MOVED_IN = ConcurrentHashMap.newKeySet();

    /** Working folders (the demo's unpacked inputs) removed, with what is in them, if stopped. */
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

    /**
     * Held while a file is created or moved and registered, and by the clean-up: once the program is
     * stopping, no new file may appear that the clean-up has already passed over.
     */
    private static final Object LOCK = new Object();

    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::cleanUp, "soc-audit output clean-up"));
    }

    private final List<Path> inputs;
    private final Map<Path, Content> outputs = new LinkedHashMap<>();
    private boolean force;

    OutputFiles(Collection<Path> inputs) {
        this.inputs = inputs.stream().map(OutputFiles::canonical).toList();
    }

    /** Allows writing over a workbook that holds answers (the user asked, with --force). */
    OutputFiles force(boolean force) {
        this.force = force;
        return this;
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
     * be written (no such drive, no permission, a file where a folder should be) is a usage error,
     * and so is one holding answers the new file would lose, unless forced.
     */
    void commit() throws IOException {
        Map<Path, Path> written = new LinkedHashMap<>();
        Path current = null;
        try {
            for (Map.Entry<Path, Content> output : outputs.entrySet()) {
                current = output.getKey();
                written.put(current, writeTemporary(current, output.getValue()));
            }
            if (!force) {
                for (Map.Entry<Path, Path> done : written.entrySet()) {
                    refuseToLoseAnswers(done.getKey(), done.getValue());
                }
            }
            current = null;
            moveAllOrNothing(written);
        } catch (IOException e) {
            throw new UsageException("cannot write " + (current == null ? "the output" : current) + ": " + describe(e));
        } finally {
            for (Path temporary : written.values()) {
                Files.deleteIfExists(temporary);
                PENDING.remove(temporary);
            }
        }
    }

    /** Refuses to replace a workbook people filled in with a file that does not hold the same answers. */
    private static void refuseToLoseAnswers(Path target, Path replacement) {
        Optional<AnswerWorkbooks.Answers> existing = AnswerWorkbooks.read(target);
        if (existing.isPresent() && !existing.get().complete()) {
            throw new UsageException(target + " looks like " + existing.get().kind() + " made by the toolkit, but its"
                    + " answers cannot all be read to see what writing over it would lose. Choose another --out,"
                    + " or add --force to replace it");
        }
        if (existing.isEmpty() || existing.get().count() == 0) {
            return;
        }
        Map<String, String> kept = AnswerWorkbooks.read(replacement)
                .map(AnswerWorkbooks.Answers::cells)
                .orElse(Map.of());
        if (!kept.equals(existing.get().cells())) {
            long count = existing.get().count();
            throw new UsageException(target + " is " + existing.get().kind() + " holding " + count
                    + (count == 1 ? " answer" : " answers") + "; writing over it would lose them. Choose another"
                    + " --out, or add --force to replace it");
        }
    }

    /**
     * Moves each temporary file onto its target. Targets that exist are first set aside; if any move
     * fails, the files already moved are removed and those set aside put back.
     */
    private static void moveAllOrNothing(Map<Path, Path> written) throws IOException {
        Map<Path, Path> asideByTarget = new LinkedHashMap<>();
        List<Path> moved = new ArrayList<>();
        try {
            for (Path target : written.keySet()) {
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = sibling(target, ".old");
                    synchronized (LOCK) {
                        refuseIfStopping();
                        SET_ASIDE.put(aside, target);
                        move(target, aside);
                    }
                    asideByTarget.put(target, aside);
                }
            }
            for (Map.Entry<Path, Path> done : written.entrySet()) {
                synchronized (LOCK) {
                    refuseIfStopping();
                    MOVED_IN.add(done.getKey());
                    move(done.getValue(), done.getKey());
                    PENDING.remove(done.getValue());
                }
                moved.add(done.getKey());
            }
        } catch (IOException | RuntimeException e) {
            for (Path target : moved) {
                Files.deleteIfExists(target);
            }
            MOVED_IN.removeAll(written.keySet());
            for (Map.Entry<Path, Path> aside : asideByTarget.entrySet()) {
                move(aside.getValue(), aside.getKey());
                SET_ASIDE.remove(aside.getValue());
            }
            throw e;
        }
        // Done: what was set aside is no longer needed.
        MOVED_IN.removeAll(written.keySet());
        asideByTarget.values().forEach(SET_ASIDE::remove);
        for (Path aside : asideByTarget.values()) {
            try {
                Files.deleteIfExists(aside);
            } catch (IOException e) {
                // The outputs are in place; a hidden leftover is not worth failing the run for.
            }
        }
    }

    private static void refuseIfStopping() throws IOException {
        if (stopping) {
            throw new IOException("the program is stopping");
        }
    }

    /**
     * Registers a working folder to be removed, with its contents, if the program is stopped before
     * the caller removes it; {@link #forget} when the caller has.
     */
    static void removeIfStopped(Path folder) {
        FOLDERS.add(folder);
    }

    static void forget(Path folder) {
        FOLDERS.remove(folder);
    }

    /** On shutdown: removes temporary files and puts back any file set aside by a commit that did not finish. */
    private static void cleanUp() {
        synchronized (LOCK) {
            stopping = true;
            cleanUpLocked();
        }
    }

    private static void cleanUpLocked() {
        for (Path folder : FOLDERS) {
            try (var files = Files.walk(folder)) {
                for (Path path :
                        files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | RuntimeException e) {
                // Nothing more can be done while the program stops.
            }
        }
        for (Path temporary : PENDING) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // Nothing more can be done while the program stops.
            }
        }
        for (Path target : MOVED_IN) {
            try {
                if (!SET_ASIDE.containsValue(target)) {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                // Nothing more can be done while the program stops.
            }
        }
        SET_ASIDE.forEach((aside, target) -> {
            try {
                move(aside, target);
            } catch (IOException e) {
                // Nothing more can be done while the program stops; the file is still at 'aside'.
            }
        });
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
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = sibling(target, ".part");
        OutputStream created;
        synchronized (LOCK) {
            refuseIfStopping();
            PENDING.add(temporary);
            created = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
        }
        try (OutputStream out = created) {
            content.writeTo(out);
        } catch (Throwable e) {
            // Any failure, out of memory included, leaves nothing behind.
            Files.deleteIfExists(temporary);
            PENDING.remove(temporary);
            throw e;
        }
        return temporary;
    }

    /**
     * A hidden file beside a target with a fresh random name. Made fresh rather than with
     * createTempFile, so it gets the user's usual permissions and colleagues on a shared drive can
     * open the result; the target's name is shortened in it, so a long but valid name still fits.
     */
    private static Path sibling(Path target, String suffix) {
        String name = target.getFileName().toString();
        String kept = name.length() > 40 ? name.substring(0, 40) : name;
        return target.toAbsolutePath().getParent().resolve("." + kept + "." + UUID.randomUUID() + suffix);
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
