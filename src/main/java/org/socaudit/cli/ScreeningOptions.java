package org.socaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.socaudit.companies.CompaniesHouseLookup;
import org.socaudit.model.CompanyLookup;
import org.socaudit.model.InputFile;
import org.socaudit.model.InputReport;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;
import org.socaudit.model.RunInfo;
import org.socaudit.model.ScreeningReport;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.ScreeningSettings;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.screening.Screener;
import org.socaudit.tabular.ColumnOverrides;
import org.socaudit.tabular.Role;
import org.socaudit.xml.BundledContent;
import org.socaudit.xml.SectorsReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The spending, supplier, watchlist and sector options shared by the commands that screen, and the
 * screening run itself: read every file once, screen, and report how it was made.
 */
final class ScreeningOptions {

    @Option(names = "--payments", paramLabel = "FILE", description = "A spending file (CSV or XLSX); repeat for more.")
    List<Path> payments = new ArrayList<>();

    @Option(
            names = "--suppliers",
            paramLabel = "FILE",
            description = "A supplier register (CSV or XLSX); repeat for more.")
    List<Path> suppliers = new ArrayList<>();

    @Option(names = "--watchlist", paramLabel = "FILE", description = "Names to look out for (CSV or XLSX).")
    Path watchlist;

    @Option(names = "--sectors", paramLabel = "FILE", description = "Sectors XML instead of the bundled ten sectors.")
    Path sectors;

    @Option(
            names = "--companies",
            paramLabel = "FILE",
            description =
                    "Companies House Basic Company Data (the CSV, its zip, or a part file; repeat for each part).")
    List<Path> companies = new ArrayList<>();

    @Option(
            names = "--psc",
            paramLabel = "FILE",
            description = "Companies House people with significant control snapshot (JSON lines, plain or zipped;"
                    + " repeat for each part); needs --companies.")
    List<Path> psc = new ArrayList<>();

    @Option(
            names = "--low-value",
            paramLabel = "AMOUNT",
            description = "Payments under this many pounds are low-level (default: ${DEFAULT-VALUE}).",
            defaultValue = "5000")
    BigDecimal lowValue = new BigDecimal("5000");

    @Option(
            names = "--column",
            paramLabel = "ROLE=HEADER",
            description = "Use this header for a column the toolkit does not recognise, e.g. supplier-name=Payee.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--strict", description = "Stop (exit 3) if any input line cannot be used.")
    boolean strict;

    /** How each table was read, once {@link #screen} has run. */
    private Map<Path, InputReport> readings = Map.of();

    /**
     * The SHA-256 of each input, worked out once. The Companies House files run to gigabytes, so
     * theirs are worked out on a thread of their own while the files are read for the checks.
     */
    private final Map<Path, CompletableFuture<String>> checksums = new HashMap<>();

    private String checksum(Path file) throws IOException {
        CompletableFuture<String> sum = checksums.computeIfAbsent(file, f -> new CompletableFuture<>());
        if (!sum.isDone() && !hashing.contains(file)) {
            sum.complete(Checksums.sha256(file));
        }
        try {
            return sum.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** Files being hashed in the background. */
    private final Set<Path> hashing = new HashSet<>();

    /** Starts hashing the Companies House files on a background thread, one after the other. */
    private void hashRegisterInBackground() {
        List<Path> files = new ArrayList<>(companies);
        files.addAll(psc);
        for (Path file : files) {
            checksums.put(file, new CompletableFuture<>());
            hashing.add(file);
        }
        Thread thread = new Thread(
                () -> {
                    for (Path file : files) {
                        try {
                            checksums.get(file).complete(Checksums.sha256(file));
                        } catch (IOException | RuntimeException e) {
                            checksums.get(file).completeExceptionally(e);
                        }
                    }
                },
                "register-checksums");
        thread.setDaemon(true);
        // Below the readers: hashing uses the time they leave spare.
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** How long the Companies House files took to read, once {@link #screen} has run with them. */
    double registerSeconds;

    /** Whether {@link #screen} says on stderr how each table was read. */
    boolean describeInputs = true;

    /** Whether any spending file or supplier register was given. */
    boolean any() {
        return !payments.isEmpty() || !suppliers.isEmpty();
    }

    /** Every file these options name, so that no output overwrites one. */
    List<Path> files() {
        List<Path> all = new ArrayList<>(payments);
        all.addAll(suppliers);
        if (watchlist != null) {
            all.add(watchlist);
        }
        if (sectors != null) {
            all.add(sectors);
        }
        all.addAll(companies);
        all.addAll(psc);
        return all;
    }

    /** Screens every file, passing each payment read to {@code each} as well; stops with --strict on a bad line. */
    ScreeningReport screen(CommandSpec spec, Consumer<Payment> each) throws InvalidInputException, IOException {
        refuseRepeats();
        if (!psc.isEmpty() && companies.isEmpty()) {
            throw new UsageException(
                    "--psc needs --companies: the people with significant control are looked up for the"
                            + " companies the suppliers are tied to");
        }
        RegisterParts.requireAll(companies, "--companies");
        RegisterParts.requireAll(psc, "--psc");
        // The register files are read last, after every payment: a missing one is said before that wait.
        List<Path> register = new ArrayList<>(companies);
        register.addAll(psc);
        for (Path file : register) {
            InputFiles.open(file).close();
        }
        Map<Role, String> overrides;
        try {
            overrides = ColumnOverrides.parse(columns);
        } catch (InvalidInputException e) {
            // A malformed --column is a mistake in the command: a usage error, like any other option.
            throw new UsageException(e.problems().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        SectorCatalogue catalogue = catalogue();
        if (!companies.isEmpty()) {
            hashRegisterInBackground();
        }
        IssueLog issues = new IssueLog(strict);
        ScreeningInputs inputs = new ScreeningInputs(suppliers, payments, overrides);
        List<WatchlistEntry> entries = watchlist == null ? List.of() : inputs.watchlist(watchlist, issues::add);
        Screener screener = new Screener(catalogue, entries, settings());
        issues.forwardTo(screener);
        Progress progress = new Progress(spec.commandLine().getErr());
        ScreeningResult result;
        try {
            result = inputs.screen(
                    screener,
                    issues::add,
                    payment -> {
                        progress.tick();
                        each.accept(payment);
                    },
                    register(spec));
        } finally {
            progress.done();
        }
        readings = inputs.readings();
        issues.failIfStrict();
        if (describeInputs) {
            ReadingText.print(readings, spec.commandLine().getErr());
        }
        return new ScreeningReport(result, catalogue, runInfo());
    }

    /** The Companies House lookup the options ask for, or null; it reports progress on stderr. */
    private CompanyLookup register(CommandSpec spec) {
        if (companies.isEmpty()) {
            return null;
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        CompanyLookup lookup = new CompaniesHouseLookup(companies, psc, line -> {
            if (terminal) {
                ConsoleWriter.printRaw(err, "\r" + line);
            }
        });
        return suppliers -> {
            long start = System.nanoTime();
            try {
                return lookup.lookUp(suppliers);
            } finally {
                if (terminal) {
                    ConsoleWriter.printRaw(err, "\r" + " ".repeat(60) + "\r");
                }
                registerSeconds = (System.nanoTime() - start) / 1e9;
            }
        };
    }

    /** A file given twice would be read twice and its spend counted twice. */
    private void refuseRepeats() {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path file : files()) {
            if (!seen.add(file.toAbsolutePath().normalize())) {
                throw new UsageException(file + " is given more than once");
            }
        }
    }

    /** The sectors file given, or the bundled ten sectors. */
    SectorCatalogue catalogue() throws InvalidInputException {
        return sectors == null ? BundledContent.sectors() : InputFiles.read(sectors, new SectorsReader()::read);
    }

    private ScreeningSettings settings() {
        if (lowValue.signum() <= 0) {
            throw new UsageException("--low-value must be more than 0");
        }
        ScreeningSettings defaults = ScreeningSettings.DEFAULTS;
        return new ScreeningSettings(
                lowValue.movePointRight(2).longValue(), defaults.oneOffMaxPayments(), defaults.manyCategories());
    }

    /** How each table was read, once {@link #screen} has run. */
    Map<Path, InputReport> readings() {
        return readings;
    }

    /** The files screened, with their SHA-256. */
    List<InputFile> inputFiles() throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path file : payments) {
            files.add(new InputFile("Payments", file.toString(), checksum(file), readings.get(file)));
        }
        for (Path file : suppliers) {
            files.add(new InputFile("Suppliers", file.toString(), checksum(file), readings.get(file)));
        }
        if (watchlist != null) {
            files.add(new InputFile("Watchlist", watchlist.toString(), checksum(watchlist), readings.get(watchlist)));
        }
        if (sectors != null) {
            files.add(new InputFile("Sectors", sectors.toString(), checksum(sectors)));
        }
        for (Path file : companies) {
            files.add(new InputFile("Companies House companies", file.toString(), checksum(file)));
        }
        for (Path file : psc) {
            files.add(new InputFile("Companies House PSC", file.toString(), checksum(file)));
        }
        return files;
    }

    private RunInfo runInfo() throws IOException {
        return new RunInfo(VersionProvider.version(), LocalDateTime.now().withNano(0), inputFiles());
    }
}
