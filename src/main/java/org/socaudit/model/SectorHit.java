package org.socaudit.model;

import java.util.Map;
import java.util.Objects;

/**
 * Evidence that a supplier is in a high-risk sector: the sector, the rule that fired, what matched,
 * whether that evidence is weak alone (an ambiguous term, an extended-tier code), and the confidence
 * of the supplier's hit in that sector once all its evidence is weighed (the same on each of the
 * sector's hits).
 */
public record SectorHit(String sectorId, SectorRule rule, String evidence, boolean weak, Confidence confidence) {

    public SectorHit {
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** Strong evidence, a confident hit. */
    public SectorHit(String sectorId, SectorRule rule, String evidence) {
        this(sectorId, rule, evidence, false, Confidence.HIGH);
    }

    /** The same evidence at the confidence the supplier's hit in the sector has. */
    public SectorHit at(Confidence level) {
        return level == confidence ? this : new SectorHit(sectorId, rule, evidence, weak, level);
    }

    @Override
    public String toString() {
        return sectorId + ": " + rule.label() + " " + evidence + (weak ? " (weak alone)" : "");
    }

    /** The evidence as people read it, the sector by its name ("Vehicles / transport: ..."); the id if unknown. */
    public String describe(Map<String, String> sectorNames) {
        return sectorNames.getOrDefault(sectorId, sectorId) + ": " + rule.label() + " " + evidence
                + (weak ? " (weak alone)" : "");
    }
}
