package org.socaudit.model;

import java.util.Objects;

/** Everything the screening workbook shows: the result, the sectors it used and how it was made. */
public record ScreeningReport(ScreeningResult result, SectorCatalogue sectors, RunInfo run) {

    public ScreeningReport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(sectors, "sectors");
        Objects.requireNonNull(run, "run");
    }
}
