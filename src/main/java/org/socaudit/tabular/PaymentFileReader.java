package org.socaudit.tabular;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;

/** Reads a council spending file (CSV or XLSX), one payment per row, without holding the file in memory. */
public final class PaymentFileReader {

    private static final Set<Role> REQUIRED = EnumSet.of(Role.SUPPLIER_NAME, Role.AMOUNT);
    private static final Set<Role> USED = EnumSet.of(
            Role.SUPPLIER_NAME,
            Role.AMOUNT,
            Role.DATE,
            Role.SERVICE,
            Role.CATEGORY,
            Role.COMPANY_NUMBER,
            Role.CHARITY_NUMBER,
            Role.SIC_CODES,
            Role.CPV_CODES);

    private final Map<Role, String> overrides;

    /** A reader that takes the columns named in {@code overrides} before any found by their usual headers. */
    public PaymentFileReader(Map<Role, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Streams the payments of a CSV or XLSX spending file; rows it cannot use go to issues, the rest
     * to payments. The file is parsed on a second thread; both consumers are called on this one, in
     * file order.
     */
    public ReadSummary read(Path file, Consumer<Payment> payments, Consumer<InputIssue> issues)
            throws InvalidInputException {
        TableReader reader = new TableReader(REQUIRED, USED, overrides);
        return ReadAhead.read(
                Payment.class,
                found -> {
                    Context context = new Context(new DateParser(), new RepeatedCells(), found::accept);
                    return reader.read(file, row -> map(row, context), found::accept);
                },
                payments,
                issues);
    }

    /** What mapping a row needs besides the row: the file's caches and where payments go. */
    private record Context(DateParser dates, RepeatedCells cells, Consumer<Payment> payments) {}

    private static RowMapper.Outcome map(DataRow row, Context context) {
        String name = Fields.name(row);
        if (name == null) {
            return RowMapper.Outcome.SKIPPED;
        }
        if (Text.isRedacted(name)) {
            return RowMapper.Outcome.REDACTED;
        }
        OptionalLong pence = amount(row);
        if (pence.isEmpty()) {
            return RowMapper.Outcome.SKIPPED;
        }
        String dateText = row.text(Role.DATE);
        LocalDate date = dateText == null ? null : context.dates().parse(dateText);
        // A blank date is no date, not an issue; a date that cannot be read is reported.
        boolean partial = dateText != null && date == null;
        if (partial) {
            row.issue(
                    Role.DATE,
                    Fields.shown(dateText)
                            + " is not a date; the line is screened by sector and watchlist, but not in the date checks");
        }
        RepeatedCells cells = context.cells();
        context.payments()
                .accept(new Payment(
                        name,
                        Fields.companyNumber(row, cells::companyNumber),
                        cells.shared(row.text(Role.CHARITY_NUMBER)),
                        pence.getAsLong(),
                        date,
                        cells.shared(row.text(Role.SERVICE)),
                        cells.shared(row.text(Role.CATEGORY)),
                        Fields.sicCodes(row),
                        Fields.cpvCodes(row),
                        shared(row.moreCategories(), cells)));
        return partial ? RowMapper.Outcome.PARTIAL : RowMapper.Outcome.ACCEPTED;
    }

    private static List<String> shared(List<String> texts, RepeatedCells cells) {
        return texts.isEmpty() ? texts : texts.stream().map(cells::shared).toList();
    }

    private static OptionalLong amount(DataRow row) {
        String text = row.text(Role.AMOUNT);
        if (text == null) {
            row.issue(Role.AMOUNT, "no amount; the row is left out");
            return OptionalLong.empty();
        }
        OptionalLong pence = Amounts.pence(text);
        if (pence.isEmpty()) {
            row.issue(Role.AMOUNT, Fields.shown(text) + " is not an amount of money; the row is left out");
        }
        return pence;
    }
}
