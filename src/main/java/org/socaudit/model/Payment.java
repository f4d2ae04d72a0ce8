package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One payment line from a council spending file. Amounts are in pence (negative for credit notes);
 * text fields are null when the file has no such column or the cell is blank.
 */
public record Payment(
        String supplierName,
        String companyNumber,
        String charityNumber,
        long amountPence,
        LocalDate date,
        String service,
        String category,
        List<String> sicCodes,
        List<String> cpvCodes) {

    public Payment {
        Objects.requireNonNull(supplierName, "supplierName");
        sicCodes = sicCodes == null ? List.of() : List.copyOf(sicCodes);
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
    }
}
