package org.socaudit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A supplier with its sector evidence (confident sectors first), notes on that evidence (why it was
 * not screened for sectors, why its hits are low confidence, terms set aside), the name of the
 * exclusion that kept it out of the sector screen (null if screened), flags, watchlist matches and
 * the checks recommended, and what Companies House's register says of it (null when no register
 * was given).
 */
public record ScreenedSupplier(
        SupplierProfile profile,
        List<SectorHit> sectorHits,
        List<String> sectorNotes,
        String notScreenedAs,
        List<SupplierFlag> flags,
        List<WatchlistMatch> watchlistMatches,
        List<String> recommendedActions,
        CompanyMatch companiesHouse) {

    public ScreenedSupplier {
        Objects.requireNonNull(profile, "profile");
        sectorHits = List.copyOf(sectorHits);
        sectorNotes = List.copyOf(sectorNotes);
        flags = List.copyOf(flags);
        watchlistMatches = List.copyOf(watchlistMatches);
        recommendedActions = List.copyOf(recommendedActions);
    }

    /** A supplier screened without a Companies House register. */
    public ScreenedSupplier(
            SupplierProfile profile,
            List<SectorHit> sectorHits,
            List<String> sectorNotes,
            String notScreenedAs,
            List<SupplierFlag> flags,
            List<WatchlistMatch> watchlistMatches,
            List<String> recommendedActions) {
        this(profile, sectorHits, sectorNotes, notScreenedAs, flags, watchlistMatches, recommendedActions, null);
    }

    /** The sectors this supplier is in, each once, in the order first found. */
    public List<String> sectorIds() {
        // A plain loop: a supplier has a hit or two, and this is asked of every supplier many times.
        List<String> ids = new ArrayList<>(sectorHits.size());
        for (SectorHit hit : sectorHits) {
            if (!ids.contains(hit.sectorId())) {
                ids.add(hit.sectorId());
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /** The confidence of the supplier's hit in a sector, or null if it is not in the sector. */
    public Confidence confidence(String sectorId) {
        for (SectorHit hit : sectorHits) {
            if (hit.sectorId().equals(sectorId)) {
                return hit.confidence();
            }
        }
        return null;
    }

    /** The sectors this supplier is in with high confidence, each once, in the order first found. */
    public List<String> confidentSectorIds() {
        List<String> ids = new ArrayList<>(sectorHits.size());
        for (SectorHit hit : sectorHits) {
            if (hit.confidence() == Confidence.HIGH && !ids.contains(hit.sectorId())) {
                ids.add(hit.sectorId());
            }
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * Whether the supplier's only sign of risk is a low-confidence sector hit: not flagged, but listed
     * apart for a second look.
     */
    public boolean isPossible() {
        return !sectorHits.isEmpty() && !isFlagged();
    }

    /** Whether the supplier is in some sector with high confidence. */
    public boolean hasConfidentSector() {
        for (SectorHit hit : sectorHits) {
            if (hit.confidence() == Confidence.HIGH) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether this supplier calls for enhanced checks: a high-risk sector with high confidence, a
     * watchlist match, or any
     * flag but low-level one-off spend (common, and listed on its own) and a net credit (a refund,
     * shown on the supplier but no sign of risk).
     */
    public boolean isFlagged() {
        if (hasConfidentSector() || !watchlistMatches.isEmpty()) {
            return true;
        }
        for (SupplierFlag flag : flags) {
            if (flag.kind() != FlagKind.LOW_LEVEL_ONE_OFF && flag.kind() != FlagKind.NET_CREDIT) {
                return true;
            }
        }
        return false;
    }

    /** Whether the supplier carries a flag of this kind. */
    public boolean has(FlagKind kind) {
        for (SupplierFlag flag : flags) {
            if (flag.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
