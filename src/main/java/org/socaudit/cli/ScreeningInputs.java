package org.socaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.socaudit.model.CompanyLookup;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InputReport;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;
import org.socaudit.model.Problem;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.screening.Screener;
import org.socaudit.tabular.PaymentFileReader;
import org.socaudit.tabular.ReadSummary;
import org.socaudit.tabular.Role;
import org.socaudit.tabular.SupplierFileReader;
import org.socaudit.tabular.WatchlistFileReader;

/**
 * Reads the watchlist, then streams supplier registers and spending files through a screener,
 * keeping how each file was read. A file that cannot be read does not stop the others: every
 * failing file is listed at the end.
 */
final class ScreeningInputs {

    private final List<Path> suppliers;
    private final List<Path> payments;
    private final Map<Role, String> overrides;
    private final Map<Path, InputReport> readings = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Role> overridesUsed = EnumSet.noneOf(Role.class);

    ScreeningInputs(List<Path> suppliers, List<Path> payments, Map<Role, String> overrides) {
        this.suppliers = List.copyOf(suppliers);
        this.payments = List.copyOf(payments);
        this.overrides = Map.copyOf(overrides);
    }

    /** The watchlist's entries; a file that cannot be read gives none, and the run fails once every file is read. */
    List<WatchlistEntry> watchlist(Path file, Consumer<InputIssue> issues) {
        List<WatchlistEntry> entries = new ArrayList<>();
        try {
            note(file, InputReports.WATCHLIST, new WatchlistFileReader(overrides).read(file, entries::add, issues));
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        return List.copyOf(entries);
    }

    /** Whether a file read had a company or charity number column. */
    private boolean hasNumberColumn(Path file) {
        InputReport reading = readings.get(file);
        return reading != null
                && (reading.columns().get(Role.COMPANY_NUMBER.optionName()) != null
                        || reading.columns().get(Role.CHARITY_NUMBER.optionName()) != null);
    }

    /** Reads every file into the screener and screens; {@code each} also sees every payment read. */
    ScreeningResult screen(
            Screener screener, Consumer<InputIssue> issues, Consumer<Payment> each, CompanyLookup register)
            throws InvalidInputException, java.io.IOException {
        for (Path file : suppliers) {
            try {
                note(file, InputReports.SUPPLIERS, new SupplierFileReader(overrides).read(file, screener::add, issues));
                screener.endInput(hasNumberColumn(file));
            } catch (InvalidInputException e) {
                screener.endInput(false);
                problems.addAll(e.problems());
            }
        }
        Consumer<Payment> payment = p -> {
            screener.add(p);
            each.accept(p);
        };
        for (Path file : payments) {
            try {
                note(file, InputReports.PAYMENTS, new PaymentFileReader(overrides).read(file, payment, issues));
                screener.endInput(hasNumberColumn(file));
            } catch (InvalidInputException e) {
                screener.endInput(false);
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A --column header no file has is a mistake in the command, not in the files.
        List<String> unused = new ArrayList<>();
        overrides.forEach((role, header) -> {
            if (!overridesUsed.contains(role) && !readings.isEmpty()) {
                // The header may be there but taken by another role, or not on the header row chosen.
                unused.add("--column " + role.optionName() + "=" + header + ": not used; no input file has a column"
                        + " headed '" + header + "' that can be its " + role.optionName() + " column");
            }
        });
        if (!unused.isEmpty()) {
            throw new UsageException(String.join("; ", unused));
        }
        long rows = 0;
        long read = 0;
        long redacted = 0;
        for (InputReport reading : readings.values()) {
            InputReport.Lines lines = reading.lines();
            rows += lines.total() - lines.blank() - lines.totals();
            if (reading.kind().equals(InputReports.PAYMENTS)) {
                read += lines.used();
                redacted += lines.redacted();
            }
        }
        return screener.finish(rows, read, redacted, register);
    }

    /** How each file was read, in the order read. */
    Map<Path, InputReport> readings() {
        return readings;
    }

    private void note(Path file, String kind, ReadSummary summary) {
        readings.put(file, InputReports.of(kind, summary));
        overridesUsed.addAll(summary.overridden());
    }
}
