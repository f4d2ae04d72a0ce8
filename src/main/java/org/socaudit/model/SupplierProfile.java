package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One supplier as the ledgers and registers show it once merged: its names, numbers, codes and
 * spend. Dates are null when no payment had one.
 */
public record SupplierProfile(
        String name,
        List<String> otherNames,
        String companyNumber,
        String charityNumber,
        List<String> sicCodes,
        List<String> cpvCodes,
        long totalPence,
        int payments,
        LocalDate firstPayment,
        LocalDate lastPayment,
        List<String> services,
        List<String> categories) {

    public SupplierProfile {
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        sicCodes = List.copyOf(sicCodes);
        cpvCodes = List.copyOf(cpvCodes);
        services = List.copyOf(services);
        categories = List.copyOf(categories);
    }
}
