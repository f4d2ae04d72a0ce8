package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** One supplier from a council's supplier register: name, registration numbers and activity codes. */
public record SupplierRecord(
        String name, String companyNumber, String charityNumber, List<String> sicCodes, List<String> cpvCodes) {

    public SupplierRecord {
        Objects.requireNonNull(name, "name");
        sicCodes = sicCodes == null ? List.of() : List.copyOf(sicCodes);
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
    }
}
