package org.socaudit.screening;

import java.time.LocalDate;
import java.util.List;
import org.socaudit.model.Payment;
import org.socaudit.model.SupplierProfile;

/**
 * What is known of one supplier while files stream past: names, numbers, codes and running spend
 * totals. Its size grows with the supplier's distinct names, services, categories and payment
 * days, never with the number of payments.
 */
final class SupplierAccount {

    /** Enough variety to show a pattern without letting one odd supplier hold unbounded text. */
    private static final int MAX_DISTINCT = 50;

    private final DistinctTexts names = new DistinctTexts(MAX_DISTINCT);
    private final DistinctTexts sicCodes = new DistinctTexts(MAX_DISTINCT);
    private final DistinctTexts cpvCodes = new DistinctTexts(MAX_DISTINCT);
    private final DistinctTexts services = new DistinctTexts(MAX_DISTINCT);
    private final DistinctTexts categories = new DistinctTexts(MAX_DISTINCT);
    private final DistinctTexts moreCategories = new DistinctTexts(MAX_DISTINCT);
    private final DayTotals byDay = new DayTotals();
    private String companyNumber;
    private String charityNumber;
    private long totalPence;
    private int payments;
    private int dated;
    private int undated;
    private long largestPence;
    private LocalDate first;
    private LocalDate last;
    private SupplierAccount mergedInto;

    void addName(String name) {
        names.add(name);
    }

    void addNumbers(String company, String charity) {
        if (companyNumber == null) {
            companyNumber = company;
        }
        if (charityNumber == null) {
            charityNumber = charity;
        }
    }

    void addCodes(List<String> sic, List<String> cpv) {
        for (String code : sic) {
            sicCodes.add(code);
        }
        for (String code : cpv) {
            cpvCodes.add(code);
        }
    }

    /**
     * Adds a payment; {@code low} is the low-value threshold, for the day totals. A credit note
     * (a negative amount) nets off the total but is not a payment in the date checks, and nor is a
     * line whose date is unknown.
     */
    void addPayment(Payment payment, long low) {
        long pence = payment.amountPence();
        LocalDate date = payment.date();
        // Exact: the readers bound each line and file, so an overflow here is a bug, never a wrapped total.
        totalPence = Math.addExact(totalPence, pence);
        payments++;
        services.add(payment.service());
        categories.add(payment.category());
        List<String> more = payment.moreCategories();
        for (int i = 0; i < more.size(); i++) {
            moreCategories.add(more.get(i));
        }
        if (date == null) {
            undated++;
        } else if (pence > 0) {
            dated++;
            largestPence = Math.max(largestPence, pence);
            // Fields are written only when they change: writing a reference into a long-lived
            // object, even the same one, costs the garbage collector work on every payment.
            if (first == null || date.isBefore(first)) {
                first = date;
            }
            if (last == null || date.isAfter(last)) {
                last = date;
            }
            byDay.add(date, pence, low);
        }
    }

    /** This account, or the one it was merged into. */
    SupplierAccount current() {
        SupplierAccount account = this;
        while (account.mergedInto != null) {
            account = account.mergedInto;
        }
        return account;
    }

    /** Takes in everything another account holds for the same supplier; the other forwards to this. */
    /** Whether the supplier was in an input with a company or charity number column. */
    private boolean numberExpected;

    /** Notes that an input with a number column listed this supplier, so a missing number means something. */
    void expectNumber() {
        current().numberExpected = true;
    }

    boolean numberExpected() {
        return numberExpected;
    }

    void absorb(SupplierAccount other) {
        other.mergedInto = this;
        numberExpected |= other.numberExpected;
        names.addAll(other.names);
        addNumbers(other.companyNumber, other.charityNumber);
        sicCodes.addAll(other.sicCodes);
        cpvCodes.addAll(other.cpvCodes);
        services.addAll(other.services);
        categories.addAll(other.categories);
        moreCategories.addAll(other.moreCategories);
        totalPence = Math.addExact(totalPence, other.totalPence);
        payments += other.payments;
        dated += other.dated;
        undated += other.undated;
        largestPence = Math.max(largestPence, other.largestPence);
        if (other.first != null) {
            first = first == null || other.first.isBefore(first) ? other.first : first;
            last = last == null || other.last.isAfter(last) ? other.last : last;
        }
        byDay.addAll(other.byDay);
    }

    int payments() {
        return payments;
    }

    /** Payments (not credits) with a known date. */
    int datedPayments() {
        return dated;
    }

    /** Lines whose date is unknown: the file has no date column, or the date could not be read. */
    int undatedPayments() {
        return undated;
    }

    long totalPence() {
        return totalPence;
    }

    /** The largest dated payment, credits aside. */
    long largestPence() {
        return largestPence;
    }

    int categoryCount() {
        return categories.size();
    }

    /** Days of several payments, each under the low value, that together reach it: most money first. */
    List<DayTotals.Day> splitDays(long low) {
        return byDay.splitDays(low);
    }

    SupplierProfile profile() {
        List<String> allNames = names.toList();
        String name = allNames.isEmpty() ? "(unnamed)" : allNames.get(0);
        List<String> others = allNames.size() > 1 ? allNames.subList(1, allNames.size()) : List.of();
        return new SupplierProfile(
                name,
                others,
                companyNumber,
                charityNumber,
                sicCodes.toList(),
                cpvCodes.toList(),
                totalPence,
                payments,
                first,
                last,
                services.toList(),
                allCategories());
    }

    private List<String> allCategories() {
        if (moreCategories.size() == 0) {
            return categories.toList();
        }
        List<String> all = new java.util.ArrayList<>(categories.toList());
        moreCategories.toList().stream().filter(c -> !all.contains(c)).forEach(all::add);
        return all;
    }
}
