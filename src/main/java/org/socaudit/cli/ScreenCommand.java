package org.socaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.socaudit.model.ScreeningReport;
import org.socaudit.workbook.ScreeningWorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code soc-audit screen}: screens suppliers and payments against the high-risk sectors and a watchlist. */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        description = {
            "Screen spending files and supplier registers against the high-risk sectors and a watchlist.",
            "Reads CSV or XLSX, flags low-level one-off spend and possible order splitting, and matches supplier names against a watchlist."
        })
final class ScreenCommand implements Callable<Integer> {

    @Mixin
    ScreeningOptions screening = new ScreeningOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "Write the screening workbook here (.xlsx).")
    Path out;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Mixin
    OverwriteOption overwrite = new OverwriteOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!screening.any()) {
            throw new UsageException("give at least one --payments or --suppliers file");
        }
        OutputFiles outputs = new OutputFiles(screening.files()).force(overwrite.force);
        if (out != null) {
            outputs.checkWorkbook(out);
        }
        screening.describeInputs = !json;
        ScreeningReport report = screening.screen(spec, payment -> {});
        if (out != null) {
            outputs.add(out, o -> new ScreeningWorkbookWriter().write(report, o))
                    .commit();
        }
        print(report);
        return ExitCode.OK.code();
    }

    private void print(ScreeningReport report) {
        PrintWriter console = spec.commandLine().getOut();
        ScreeningSummary summary = ScreeningSummary.of(report);
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("inputs", ReadingText.json(screening.readings()));
            document.putAll(summary.json());
            console.println(Json.write(document));
        } else {
            summary.printText(console);
            if (out != null) {
                console.println("Wrote " + out + ".");
            }
        }
        String where = out == null ? "" : "; see the Input Issues sheet";
        if (summary.unusable() > 0) {
            spec.commandLine()
                    .getErr()
                    .println("soc-audit: " + summary.unusable() + " input lines could not be used" + where);
        }
        if (summary.undated() > 0) {
            spec.commandLine()
                    .getErr()
                    .println("soc-audit: " + summary.undated()
                            + " input lines have no readable date and are left out of the date checks" + where);
        }
    }
}
