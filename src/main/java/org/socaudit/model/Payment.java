package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One payment line from a council spending file. Amounts are in pence (negative for credit notes);
 * text fields are null when the file has no such column or the cell is blank; the date is null
 * when the file has no date column or the line's date could not be read. {@code moreCategories}
 * are the line's other spend-category columns (a procurement classification beside the purpose
 * of spend, say), searched like the main one.
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
        List<String> cpvCodes,
        List<String> moreCategories) {

    public Payment {
        Objects.requireNonNull(supplierName, "supplierName");
        sicCodes = sicCodes == null ? List.of() : List.copyOf(sicCodes);
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        moreCategories = moreCategories == null ? List.of() : List.copyOf(moreCategories);
    }

    /** A payment with one spend category at most. */
    public Payment(
            String supplierName,
            String companyNumber,
            String charityNumber,
            long amountPence,
            LocalDate date,
            String service,
            String category,
            List<String> sicCodes,
            List<String> cpvCodes) {
        this(
                supplierName,
                companyNumber,
                charityNumber,
                amountPence,
                date,
                service,
                category,
                sicCodes,
                cpvCodes,
                null);
    }
}
