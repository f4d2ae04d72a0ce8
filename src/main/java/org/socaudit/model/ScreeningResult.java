package org.socaudit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a screening run found: counts of what was read, every supplier screened, and the input rows
 * that could not be used (the first ones kept, all of them counted).
 */
public record ScreeningResult(
        long rows,
        long payments,
        long redacted,
        long inputIssueCount,
        List<InputIssue> inputIssues,
        List<ScreenedSupplier> suppliers,
        ScreeningSettings settings) {

    public ScreeningResult {
        inputIssues = List.copyOf(inputIssues);
        suppliers = List.copyOf(suppliers);
        Objects.requireNonNull(settings, "settings");
    }

    /** The suppliers that call for a closer look, most spend first. */
    public List<ScreenedSupplier> flagged() {
        return suppliers.stream().filter(ScreenedSupplier::isFlagged).toList();
    }

    /** How many flagged suppliers are in a sector, and the spend with them. */
    public record SectorTally(int suppliers, long pence) {}

    /**
     * The flagged suppliers and their spend by sector id, worked out in one pass; a supplier in two
     * sectors counts in both. A sector with no flagged supplier is absent.
     */
    public Map<String, SectorTally> flaggedBySector() {
        Map<String, SectorTally> tallies = new HashMap<>();
        for (ScreenedSupplier supplier : suppliers) {
            if (supplier.isFlagged()) {
                long pence = supplier.profile().totalPence();
                for (String id : supplier.sectorIds()) {
                    tallies.merge(
                            id,
                            new SectorTally(1, pence),
                            (a, b) -> new SectorTally(
                                    a.suppliers() + b.suppliers(), Math.addExact(a.pence(), b.pence())));
                }
            }
        }
        return tallies;
    }
}
