package org.socaudit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A supplier with its sector evidence, flags, watchlist matches and the checks recommended. */
public record ScreenedSupplier(
        SupplierProfile profile,
        List<SectorHit> sectorHits,
        List<SupplierFlag> flags,
        List<WatchlistMatch> watchlistMatches,
        List<String> recommendedActions) {

    public ScreenedSupplier {
        Objects.requireNonNull(profile, "profile");
        sectorHits = List.copyOf(sectorHits);
        flags = List.copyOf(flags);
        watchlistMatches = List.copyOf(watchlistMatches);
        recommendedActions = List.copyOf(recommendedActions);
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

    /**
     * Whether this supplier calls for enhanced checks: a high-risk sector, a watchlist match, or any
     * flag but low-level one-off spend (common, and listed on its own) and a net credit (a refund,
     * shown on the supplier but no sign of risk).
     */
    public boolean isFlagged() {
        if (!sectorHits.isEmpty() || !watchlistMatches.isEmpty()) {
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
