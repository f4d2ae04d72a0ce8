package org.socaudit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.socaudit.model.InputFile;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.RunInfo;
import org.socaudit.model.ScreeningReport;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.ScreeningSettings;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.screening.Screener;
import org.socaudit.tabular.ColumnOverrides;
import org.socaudit.tabular.Role;
import org.socaudit.tabular.WatchlistFileReader;
import org.socaudit.workbook.ScreeningWorkbookWriter;
import org.socaudit.xml.BundledContent;
import org.socaudit.xml.SectorsReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soc-audit screen}: screens suppliers and payments against the high-risk sectors and a watchlist. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screen council spending files and supplier registers (CSV or XLSX) against the high-risk sectors,",
            "flag low-level one-off spend and possible order splitting, and match names against a watchlist."
        })
final class ScreenCommand implements Callable<Integer> {

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
            names = "--low-value",
            paramLabel = "AMOUNT",
            description = "Payments under this many pounds are low-level (default: ${DEFAULT-VALUE}).",
            defaultValue = "5000")
    BigDecimal lowValue;

    @Option(
            names = "--column",
            paramLabel = "ROLE=HEADER",
            description = "Use this header for a column the toolkit does not recognise, e.g. supplier-name=Payee.")
    List<String> columns = new ArrayList<>();

    @Option(names = "--strict", description = "Stop (exit 3) if any input line cannot be used.")
    boolean strict;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the screening workbook here (.xlsx).")
    Path out;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (payments.isEmpty() && suppliers.isEmpty()) {
            throw new UsageException("give at least one --payments or --suppliers file");
        }
        OutputFiles outputs = new OutputFiles(inputs());
        if (out != null) {
            outputs.check(out);
        }
        Map<Role, String> overrides = ColumnOverrides.parse(columns);
        SectorCatalogue catalogue =
                sectors == null ? BundledContent.sectors() : InputFiles.read(sectors, new SectorsReader()::read);
        IssueLog issues = new IssueLog(strict);
        List<WatchlistEntry> entries =
                watchlist == null ? List.of() : new WatchlistFileReader(overrides).read(watchlist, issues::add);
        Screener screener = new Screener(catalogue, entries, settings());
        issues.forwardTo(screener);
        ScreeningResult result = read(screener, overrides, issues);
        issues.failIfStrict();
        ScreeningReport report = new ScreeningReport(result, catalogue, runInfo());
        if (out != null) {
            outputs.add(out, o -> new ScreeningWorkbookWriter().write(report, o))
                    .commit();
        }
        print(report);
        return ExitCode.OK.code();
    }

    private ScreeningSettings settings() {
        if (lowValue.signum() <= 0) {
            throw new UsageException("--low-value must be more than 0");
        }
        ScreeningSettings defaults = ScreeningSettings.DEFAULTS;
        return new ScreeningSettings(
                lowValue.movePointRight(2).longValue(), defaults.oneOffMaxPayments(), defaults.manyCategories());
    }

    private ScreeningResult read(Screener screener, Map<Role, String> overrides, IssueLog issues)
            throws InvalidInputException {
        Progress progress = new Progress(spec.commandLine().getErr());
        ScreeningResult result =
                new ScreeningInputs(suppliers, payments, overrides).screen(screener, issues::add, progress::tick);
        progress.done();
        return result;
    }

    private List<Path> inputs() {
        List<Path> all = new ArrayList<>(payments);
        all.addAll(suppliers);
        if (watchlist != null) {
            all.add(watchlist);
        }
        if (sectors != null) {
            all.add(sectors);
        }
        return all;
    }

    private RunInfo runInfo() throws java.io.IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path file : payments) {
            files.add(new InputFile("Payments", file.toString(), Checksums.sha256(file)));
        }
        for (Path file : suppliers) {
            files.add(new InputFile("Suppliers", file.toString(), Checksums.sha256(file)));
        }
        if (watchlist != null) {
            files.add(new InputFile("Watchlist", watchlist.toString(), Checksums.sha256(watchlist)));
        }
        if (sectors != null) {
            files.add(new InputFile("Sectors", sectors.toString(), Checksums.sha256(sectors)));
        }
        return new RunInfo(VersionProvider.version(), LocalDateTime.now().withNano(0), files);
    }

    private void print(ScreeningReport report) {
        PrintWriter console = spec.commandLine().getOut();
        ScreeningSummary summary = new ScreeningSummary(report.result());
        if (json) {
            console.println(Json.write(summary.json()));
        } else {
            summary.printText(console);
            if (out != null) {
                console.println("Wrote " + out + ".");
            }
        }
        if (report.result().inputIssueCount() > 0) {
            spec.commandLine()
                    .getErr()
                    .println("soc-audit: " + report.result().inputIssueCount() + " input lines could not be used"
                            + (out == null ? "" : "; see the Input Issues sheet"));
        }
    }
}
