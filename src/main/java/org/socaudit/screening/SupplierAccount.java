package org.socaudit.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socaudit.model.SupplierProfile;

/**
 * What is known of one supplier while files stream past: names, numbers, codes and running spend
 * totals. Its size grows with the supplier's distinct names, services, categories and payment
 * days, never with the number of payments.
 */
final class SupplierAccount {

    /** Enough variety to show a pattern without letting one odd supplier hold unbounded text. */
    private static final int MAX_DISTINCT = 50;

    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> sicCodes = new LinkedHashSet<>();
    private final Set<String> cpvCodes = new LinkedHashSet<>();
    private final Set<String> services = new LinkedHashSet<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final Map<LocalDate, long[]> byDay = new HashMap<>();
    private String companyNumber;
    private String charityNumber;
    private long totalPence;
    private int payments;
    private long largestPence;
    private LocalDate first;
    private LocalDate last;
    private SupplierAccount mergedInto;

    void addName(String name) {
        addCapped(names, name);
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
        sic.forEach(code -> addCapped(sicCodes, code));
        cpv.forEach(code -> addCapped(cpvCodes, code));
    }

    void addPayment(long pence, LocalDate date, String service, String category) {
        totalPence += pence;
        payments++;
        largestPence = Math.max(largestPence, Math.abs(pence));
        addCapped(services, service);
        addCapped(categories, category);
        if (date != null) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
            long[] day = byDay.computeIfAbsent(date, d -> new long[3]);
            day[0]++;
            day[1] += pence;
            day[2] = Math.max(day[2], pence);
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
    void absorb(SupplierAccount other) {
        other.mergedInto = this;
        other.names.forEach(this::addName);
        addNumbers(other.companyNumber, other.charityNumber);
        addCodes(List.copyOf(other.sicCodes), List.copyOf(other.cpvCodes));
        other.services.forEach(s -> addCapped(services, s));
        other.categories.forEach(c -> addCapped(categories, c));
        totalPence += other.totalPence;
        payments += other.payments;
        largestPence = Math.max(largestPence, other.largestPence);
        if (other.first != null) {
            first = first == null || other.first.isBefore(first) ? other.first : first;
            last = last == null || other.last.isAfter(last) ? other.last : last;
        }
        other.byDay.forEach((date, day) ->
                byDay.merge(date, day.clone(), (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], Math.max(a[2], b[2])}));
    }

    int payments() {
        return payments;
    }

    long largestPence() {
        return largestPence;
    }

    int categoryCount() {
        return categories.size();
    }

    /** Days with more than one payment: date -> {count, total pence, largest pence}. */
    Map<LocalDate, long[]> busyDays() {
        Map<LocalDate, long[]> busy = new HashMap<>();
        byDay.forEach((date, day) -> {
            if (day[0] > 1) {
                busy.put(date, day.clone());
            }
        });
        return busy;
    }

    SupplierProfile profile() {
        List<String> allNames = new ArrayList<>(names);
        String name = allNames.isEmpty() ? "(unnamed)" : allNames.get(0);
        List<String> others = allNames.size() > 1 ? allNames.subList(1, allNames.size()) : List.of();
        return new SupplierProfile(
                name,
                others,
                companyNumber,
                charityNumber,
                List.copyOf(sicCodes),
                List.copyOf(cpvCodes),
                totalPence,
                payments,
                first,
                last,
                List.copyOf(services),
                List.copyOf(categories));
    }

    private static void addCapped(Set<String> set, String value) {
        if (value != null && !value.isBlank() && set.size() < MAX_DISTINCT) {
            set.add(value.strip());
        }
    }
}
