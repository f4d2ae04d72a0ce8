package org.socaudit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.InputFile;
import org.socaudit.model.InputReport;
import org.socaudit.model.MatchBand;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningReport;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.WatchlistMatch;

/** The screen command's console output: a short text summary, or the documented JSON. */
final class ScreeningSummary {

    private final ScreeningResult result;
    private final List<ScreenedSupplier> flagged;
    private final long unusable;
    private final long undated;
    private final Map<String, String> sectorNames;

    ScreeningSummary(ScreeningResult result, Collection<InputReport> readings, Map<String, String> sectorNames) {
        this.result = result;
        this.sectorNames = Map.copyOf(sectorNames);
        this.flagged = result.flagged();
        this.unusable = readings.stream().mapToLong(r -> r.lines().unusable()).sum();
        this.undated = readings.stream().mapToLong(r -> r.lines().partial()).sum();
    }

    /** The summary of a screening report, with what its input files' readings say. */
    static ScreeningSummary of(ScreeningReport report) {
        return new ScreeningSummary(
                report.result(),
                report.run().inputs().stream()
                        .map(InputFile::reading)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                report.sectors().namesById());
    }

    /** Lines of every input left out with an issue. */
    long unusable() {
        return unusable;
    }

    /** Payment lines read without a date, left out of the date checks. */
    long undated() {
        return undated;
    }

    void printText(PrintWriter out) {
        out.printf(
                "Screened %,d suppliers from %,d payments (%,d redacted lines counted, %,d lines unusable%s).%n",
                result.suppliers().size(),
                result.payments(),
                result.redacted(),
                unusable,
                undated == 0 ? "" : String.format(", %,d without a readable date", undated));
        out.printf("Flagged %,d suppliers, %s of spend.%n", flagged.size(), pounds(flaggedSpend()));
        result.companyNumberNote().ifPresent(out::println);
        bySector()
                .forEach((sector, count) ->
                        out.printf("  %-36s %,6d suppliers%n", sectorNames.getOrDefault(sector, sector), count));
        long strong =
                matches().stream().filter(m -> m.band() == MatchBand.STRONG).count();
        out.printf(
                "Watchlist: %d strong and %d review matches.%n",
                strong, matches().size() - strong);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suppliers", result.suppliers().size());
        json.put("payments", result.payments());
        json.put("inputIssues", result.inputIssueCount());
        json.put("flagged", flagged.size());
        json.put("companyNumbersGiven", result.companyNumbersGiven());
        json.put("bySector", bySector());
        List<Map<String, Object>> suppliers = new ArrayList<>();
        for (ScreenedSupplier supplier : flagged) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", supplier.profile().name());
            entry.put("companyNumber", supplier.profile().companyNumber());
            entry.put("sectors", supplier.sectorIds());
            entry.put(
                    "evidence",
                    supplier.sectorHits().stream()
                            .map(hit -> hit.describe(sectorNames))
                            .toList());
            Map<String, String> confidence = new LinkedHashMap<>();
            supplier.sectorIds()
                    .forEach(id ->
                            confidence.put(id, supplier.confidence(id).name().toLowerCase(java.util.Locale.ROOT)));
            entry.put("confidence", confidence);
            entry.put("sectorNotes", supplier.sectorNotes());
            entry.put(
                    "flags", supplier.flags().stream().map(f -> f.kind().name()).toList());
            entry.put("spend", BigDecimal.valueOf(supplier.profile().totalPence(), 2));
            suppliers.add(entry);
        }
        json.put("flaggedSuppliers", suppliers);
        List<Map<String, Object>> matches = new ArrayList<>();
        for (ScreenedSupplier supplier : result.suppliers()) {
            for (WatchlistMatch match : supplier.watchlistMatches()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("supplier", supplier.profile().name());
                entry.put("entry", match.entry().name());
                entry.put("score", Math.round(match.score() * 1000) / 1000.0);
                entry.put("band", match.band().name().toLowerCase(java.util.Locale.ROOT));
                matches.add(entry);
            }
        }
        matches.sort((a, b) -> Double.compare((double) b.get("score"), (double) a.get("score")));
        json.put("watchlistMatches", matches);
        return json;
    }

    private Map<String, Integer> bySector() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        flagged.forEach(s -> s.sectorIds().forEach(id -> counts.merge(id, 1, Integer::sum)));
        return counts;
    }

    private List<WatchlistMatch> matches() {
        return result.suppliers().stream()
                .flatMap(s -> s.watchlistMatches().stream())
                .toList();
    }

    private long flaggedSpend() {
        return flagged.stream().mapToLong(s -> s.profile().totalPence()).sum();
    }

    private static String pounds(long pence) {
        return String.format("£%,.2f", pence / 100.0);
    }
}
