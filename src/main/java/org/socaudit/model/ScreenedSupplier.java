package org.socaudit.model;

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
        return sectorHits.stream().map(SectorHit::sectorId).distinct().toList();
    }

    /**
     * Whether this supplier calls for enhanced checks: a high-risk sector, a watchlist match, or any
     * flag but low-level one-off spend, which alone is common and is listed on its own.
     */
    public boolean isFlagged() {
        return !sectorHits.isEmpty()
                || !watchlistMatches.isEmpty()
                || flags.stream().anyMatch(f -> f.kind() != FlagKind.LOW_LEVEL_ONE_OFF);
    }

    /** Whether the supplier carries a flag of this kind. */
    public boolean has(FlagKind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }
}
