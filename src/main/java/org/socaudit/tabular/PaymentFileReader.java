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
import org.socaudit.model.Pounds;
import org.socaudit.model.Problem;

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

    private static final String MAX_LINE = new Pounds(Amounts.MAX_PENCE).toString();

    /**
     * The most the amounts of one file may add up to, ignoring sign: £100 trillion, some eighty
     * years of all UK public spending. With it no total of a run's payments can overflow a long.
     */
    static final long MAX_FILE_PENCE = 10_000_000_000_000_000L;

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
                    Context context = new Context(new DateParser(), new RepeatedCells(), found::accept, new long[1]);
                    return reader.read(file, row -> map(row, context), found::accept);
                },
                payments,
                issues);
    }

    /**
     * What mapping a row needs besides the row: the file's caches, where payments go, and the sum
     * of the amounts so far, ignoring sign.
     */
    private record Context(DateParser dates, RepeatedCells cells, Consumer<Payment> payments, long[] absoluteSum) {

        /** Adds a line's amount to the file's sum; refuses the file when the sum passes {@link #MAX_FILE_PENCE}. */
        void count(DataRow row, long pence) throws InvalidInputException {
            absoluteSum[0] += Math.abs(pence);
            if (absoluteSum[0] > MAX_FILE_PENCE) {
                throw new InvalidInputException(new Problem(
                        row.location(Role.AMOUNT),
                        "the amounts up to this row add up to more than " + new Pounds(MAX_FILE_PENCE)
                                + ", which no real spending file comes near; the file was not read"));
            }
        }
    }

    private static RowMapper.Outcome map(DataRow row, Context context) throws InvalidInputException {
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
        context.count(row, pence.getAsLong());
        String dateText = row.text(Role.DATE);
        LocalDate date = dateText == null ? null : context.dates().parse(dateText);
        // A blank date is no date, not an issue; a date that cannot be read, or is out of range, is reported.
        boolean partial = dateText != null && (date == null || !DateParser.isPaymentDate(date));
        if (partial) {
            String why = date == null
                    ? " is not a date"
                    : " is out of range: a payment date must be between " + DateParser.FIRST_PAYMENT_YEAR + " and "
                            + DateParser.LAST_PAYMENT_YEAR;
            date = null;
            row.issue(
                    Role.DATE,
                    Fields.shown(dateText) + why
                            + "; the line is screened by sector and watchlist, but not in the date checks");
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
        } else if (Amounts.isTooLarge(pence.getAsLong())) {
            row.issue(
                    Role.AMOUNT,
                    Fields.shown(text) + " is more than " + MAX_LINE
                            + ", the most this toolkit reads as one payment; the row is left out");
            return OptionalLong.empty();
        }
        return pence;
    }
}
