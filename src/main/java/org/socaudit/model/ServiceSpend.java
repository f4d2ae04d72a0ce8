package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * What spending files show for one audit scope service: all its spend, and the spend with suppliers
 * in high-risk sectors (with how many such suppliers and which sectors). Amounts are in pence.
 */
public record ServiceSpend(
        String serviceId,
        long totalPence,
        int payments,
        long flaggedPence,
        int flaggedSuppliers,
        List<String> sectorIds) {

    public ServiceSpend {
        Objects.requireNonNull(serviceId, "serviceId");
        sectorIds = List.copyOf(sectorIds);
    }

    /** Whether any of the spend went to a supplier in a high-risk sector. */
    public boolean hasFlaggedSpend() {
        return flaggedSuppliers > 0;
    }
}
