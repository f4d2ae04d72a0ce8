package org.socaudit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a screening run found: counts of what was read, every supplier screened, the input rows that
 * could not be used (the first ones kept, all of them counted), and whether any input had a company
 * or charity number column (only suppliers listed in such an input are flagged for lacking one), and
 * how the Companies House check went (null when no register was given).
 */
public record ScreeningResult(
        long rows,
        long payments,
        long redacted,
        long inputIssueCount,
        List<InputIssue> inputIssues,
        List<ScreenedSupplier> suppliers,
        ScreeningSettings settings,
        boolean companyNumbersGiven,
        RegisterCheck register) {

    public ScreeningResult {
        inputIssues = List.copyOf(inputIssues);
        suppliers = List.copyOf(suppliers);
        Objects.requireNonNull(settings, "settings");
    }

    /** A result screened without a Companies House register. */
    public ScreeningResult(
            long rows,
            long payments,
            long redacted,
            long inputIssueCount,
            List<InputIssue> inputIssues,
            List<ScreenedSupplier> suppliers,
            ScreeningSettings settings,
            boolean companyNumbersGiven) {
        this(rows, payments, redacted, inputIssueCount, inputIssues, suppliers, settings, companyNumbersGiven, null);
    }

    /**
     * What to say, once, when no input gave company or charity numbers but some suppliers are in
     * high-risk sectors; empty otherwise.
     */
    public java.util.Optional<String> companyNumberNote() {
        long inSectors =
                suppliers.stream().filter(ScreenedSupplier::hasConfidentSector).count();
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

    /** The suppliers whose only sign of risk is a low-confidence sector hit, most spend first. */
    public List<ScreenedSupplier> possible() {
        return suppliers.stream().filter(ScreenedSupplier::isPossible).toList();
    }

    /** How many suppliers each exclusion kept out of the sector screen, by the exclusion's name, most first. */
    public Map<String, Integer> notScreenedCounts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        suppliers.stream()
                .filter(s -> s.notScreenedAs() != null)
                .forEach(s -> counts.merge(s.notScreenedAs(), 1, Integer::sum));
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * "Not screened for sectors (their names say what they are): Public body 12, Payment intermediary
     * 2.", or empty when every supplier was screened.
     */
    public java.util.Optional<String> notScreenedNote() {
        Map<String, Integer> counts = notScreenedCounts();
        if (counts.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> parts = new java.util.ArrayList<>();
        counts.forEach((name, n) -> parts.add(name + " " + n));
        return java.util.Optional.of(
                "Not screened for sectors (their names say what they are): " + String.join(", ", parts) + ".");
    }

    /** How many flagged suppliers are in a sector, and the spend with them. */
    public record SectorTally(int suppliers, long pence) {}

    /**
     * The flagged suppliers and their spend by sector id (sectors they are in with high confidence),
     * worked out in one pass; a supplier in two sectors counts in both. A sector with no flagged
     * supplier is absent.
     */
    public Map<String, SectorTally> flaggedBySector() {
        Map<String, SectorTally> tallies = new HashMap<>();
        for (ScreenedSupplier supplier : suppliers) {
            if (supplier.isFlagged()) {
                long pence = supplier.profile().totalPence();
                for (String id : supplier.confidentSectorIds()) {
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
