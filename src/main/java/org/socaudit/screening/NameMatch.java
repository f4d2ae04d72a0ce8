package org.socaudit.screening;

/**
 * One supplier name scored against one watchlist name, with what the band and the reason need.
 *
 * @param supplierRole "name" or "trading name" when the supplier's name has a trading name, else null
 * @param otherNumber the entry's company number when both have one and they differ, else null
 */
record NameMatch(
        NormalisedName supplier,
        String supplierRole,
        String supplierNumber,
        WatchlistIndex.IndexedName candidate,
        NameSimilarity.Result similarity,
        String otherNumber) {

    /** True when either name is too short to match strong by name alone. */
    boolean shortName() {
        return supplier.isShort() || candidate.name().isShort();
    }
}
