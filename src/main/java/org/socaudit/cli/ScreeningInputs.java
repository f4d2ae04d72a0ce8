package org.socaudit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;
import org.socaudit.model.ScreeningResult;
import org.socaudit.screening.Screener;
import org.socaudit.tabular.PaymentFileReader;
import org.socaudit.tabular.ReadSummary;
import org.socaudit.tabular.Role;
import org.socaudit.tabular.SupplierFileReader;

/** Streams supplier registers, then spending files, through a screener and totals what was read. */
record ScreeningInputs(List<Path> suppliers, List<Path> payments, Map<Role, String> overrides) {

    /** Reads every file into the screener and screens; {@code each} also sees every payment read. */
    ScreeningResult screen(Screener screener, Consumer<InputIssue> issues, Consumer<Payment> each)
            throws InvalidInputException {
        long rows = 0;
        long read = 0;
        long redacted = 0;
        for (Path file : suppliers) {
            rows += new SupplierFileReader(overrides)
                    .read(file, screener::add, issues)
                    .rows();
        }
        for (Path file : payments) {
            ReadSummary summary = new PaymentFileReader(overrides)
                    .read(
                            file,
                            payment -> {
                                screener.add(payment);
                                each.accept(payment);
                            },
                            issues);
            rows += summary.rows();
            read += summary.payments();
            redacted += summary.redacted();
        }
        return screener.finish(rows, read, redacted);
    }
}
