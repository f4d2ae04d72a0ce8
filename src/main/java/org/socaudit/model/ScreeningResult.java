package org.socaudit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a screening run found: counts of what was read, every supplier screened, the input rows that
 * could not be used (the first ones kept, all of them counted), and whether any input had a company
 * or charity number column (only suppliers listed in such an input are flagged for lacking one).
 */
public record ScreeningResult(
        long rows,
        long payments,
        long redacted,
        long inputIssueCount,
        List<InputIssue> inputIssues,
        List<ScreenedSupplier> suppliers,
        ScreeningSettings settings,
        boolean companyNumbersGiven) {

    public ScreeningResult {
        inputIssues = List.copyOf(inputIssues);
        suppliers = List.copyOf(suppliers);
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * What to say, once, when no input gave company or charity numbers but some suppliers are in
     * high-risk sectors; empty otherwise.
     */
    public java.util.Optional<String> companyNumberNote() {
        long inSectors =
                suppliers.stream().filter(s -> !s.sectorHits().isEmpty()).count();
        if (companyNumbersGiven || inSectors == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("No input has a company or charity number column, so the " + inSectors
                + (inSectors == 1 ? " supplier" : " suppliers") + " in high-risk sectors could not be checked for"
                + " one; give a supplier register with numbers (--suppliers) to check them.");
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
