package org.socaudit.model;

import java.util.Objects;

/** Evidence that a supplier is in a high-risk sector: the sector, the rule that fired, and what matched. */
public record SectorHit(String sectorId, SectorRule rule, String evidence) {

    public SectorHit {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public String toString() {
        return sectorId + ": " + rule.label() + " " + evidence;
    }

    /** The evidence as people read it, the sector by its name ("Vehicles / transport: ..."); the id if unknown. */
    public String describe(java.util.Map<String, String> sectorNames) {
        return sectorNames.getOrDefault(sectorId, sectorId) + ": " + rule.label() + " " + evidence;
    }
}
