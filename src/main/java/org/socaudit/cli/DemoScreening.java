package org.socaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.socaudit.companies.CompaniesHouseLookup;
import org.socaudit.model.InputFile;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;
import org.socaudit.model.RunInfo;
import org.socaudit.model.ScreeningReport;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.ScreeningSettings;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.screening.Screener;
import org.socaudit.xml.BundledContent;

/**
 * The demo's screening: a sample of Bradford's published spending (July 2019, Open Government
 * Licence) and a few clearly fictional lines, against a fictional watchlist. The input files are
 * written beside the outputs so a user can open them and rerun the screen command on them.
 */
final class DemoScreening {

    static final List<String> PAYMENTS =
            List.of("spend-sample-bradford-2019-07.csv", "spend-fictional-northbridge.csv");
    static final String WATCHLIST = "watchlist-fictional.csv";
    /** Fictional Companies House rows for the fictional suppliers, in the published formats. */
    static final String COMPANIES = "companies-fictional-2026-11-01.csv";

    static final String PSC = "psc-fictional-2026-11-01.txt";

    /**
     * Screens the bundled inputs, passing each payment to {@code each} as well, and adds copies of
     * them to the outputs under {@code inputsDir}.
     */
    ScreeningReport run(Path inputsDir, OutputFiles outputs, Consumer<Payment> each)
            throws IOException, InvalidInputException {
        // The bundled inputs are unpacked beside the outputs rather than in the temporary folder,
        // which on a locked-down PC may be full or not writable.
        Path folder = inputsDir.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory(folder, ".soc-audit-demo");
        OutputFiles.removeIfStopped(work);
        try {
            List<Path> payments = new ArrayList<>();
            for (String name : PAYMENTS) {
                payments.add(extract(name, work));
            }
            Path watchlist = extract(WATCHLIST, work);
            Path companies = extract(COMPANIES, work);
            Path psc = extract(PSC, work);
            SectorCatalogue sectors = BundledContent.sectors();
            ScreeningInputs reading = new ScreeningInputs(List.of(), payments, Map.of());
            Screener screener =
                    new Screener(sectors, reading.watchlist(watchlist, i -> {}), ScreeningSettings.DEFAULTS);
            ScreeningResult result = reading.screen(
                    screener, screener::add, each, new CompaniesHouseLookup(List.of(companies), psc, line -> {}));
            List<InputFile> inputs = new ArrayList<>();
            for (Path file : payments) {
                inputs.add(new InputFile(
                        "Payments",
                        "demo-inputs/" + file.getFileName(),
                        Checksums.sha256(file),
                        reading.readings().get(file)));
            }
            inputs.add(new InputFile(
                    "Watchlist",
                    "demo-inputs/" + WATCHLIST,
                    Checksums.sha256(watchlist),
                    reading.readings().get(watchlist)));
            inputs.add(new InputFile(
                    "Companies House companies", "demo-inputs/" + COMPANIES, Checksums.sha256(companies)));
            inputs.add(new InputFile("Companies House PSC", "demo-inputs/" + PSC, Checksums.sha256(psc)));
            for (Path file : Stream.concat(payments.stream(), Stream.of(watchlist, companies, psc))
                    .toList()) {
                byte[] content = Files.readAllBytes(file);
                outputs.add(inputsDir.resolve(file.getFileName().toString()), o -> o.write(content));
            }
            RunInfo run =
                    new RunInfo(VersionProvider.version(), LocalDateTime.now().withNano(0), inputs);
            return new ScreeningReport(result, sectors, run);
        } finally {
            deleteRecursively(work);
            OutputFiles.forget(work);
        }
    }

    private static Path extract(String name, Path dir) throws IOException {
        try (InputStream in = DemoScreening.class.getResourceAsStream("/org/socaudit/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the jar: " + name);
            }
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
