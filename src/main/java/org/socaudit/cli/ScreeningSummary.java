package org.socaudit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.CompanyMatch;
import org.socaudit.model.FlagKind;
import org.socaudit.model.InputFile;
import org.socaudit.model.InputReport;
import org.socaudit.model.MatchBand;
import org.socaudit.model.MatchBasis;
import org.socaudit.model.RegisterCheck;
import org.socaudit.model.RegisteredCompany;
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
        int possible = result.possible().size();
        if (possible > 0) {
            out.printf(
                    "%,d more %s only a low-confidence sector hit (listed apart, for a second look).%n",
                    possible, possible == 1 ? "supplier has" : "suppliers have");
        }
        result.notScreenedNote().ifPresent(out::println);
        result.companyNumberNote().ifPresent(out::println);
        bySector()
                .forEach((sector, count) ->
                        out.printf("  %-36s %,6d suppliers%n", sectorNames.getOrDefault(sector, sector), count));
        long strong =
                matches().stream().filter(m -> m.band() == MatchBand.STRONG).count();
        out.printf(
                "Watchlist: %d strong and %d review matches.%n",
                strong, matches().size() - strong);
        RegisterCheck register = result.register();
        if (register != null) {
            Map<String, Integer> tied = tiedByBasis();
            int all = tied.values().stream().mapToInt(Integer::intValue).sum();
            long withFlags = result.suppliers().stream()
                    .filter(s -> s.flags().stream().anyMatch(f -> isRegisterFlag(f.kind())))
                    .count();
            out.printf(
                    "Companies House (snapshot %s): %,d of %,d suppliers tied to a company (%s); %,d with register"
                            + " flags%s.%n",
                    register.snapshotDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    all,
                    result.suppliers().size(),
                    tied.isEmpty()
                            ? "none"
                            : String.join(
                                    ", ",
                                    tied.entrySet().stream()
                                            .map(e -> e.getValue() + " by " + e.getKey())
                                            .toList()),
                    withFlags,
                    register.pscGiven() ? "" : "; no PSC file, so controllers were not checked");
        }
    }

    /** How many suppliers were tied to a company on each basis, by the basis's label. */
    private Map<String, Integer> tiedByBasis() {
        Map<String, Integer> tied = new LinkedHashMap<>();
        for (MatchBasis basis : MatchBasis.values()) {
            int n = (int) result.suppliers().stream()
                    .filter(s ->
                            s.companiesHouse() != null && s.companiesHouse().matchedBy() == basis)
                    .count();
            if (n > 0) {
                tied.put(basis.label(), n);
            }
        }
        return tied;
    }

    private static boolean isRegisterFlag(FlagKind kind) {
        return kind.name().startsWith("CH_") || kind.name().startsWith("PSC_") || kind == FlagKind.WATCHLIST_PSC;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suppliers", result.suppliers().size());
        json.put("payments", result.payments());
        json.put("inputIssues", result.inputIssueCount());
        json.put("flagged", flagged.size());
        json.put("lowConfidenceOnly", result.possible().size());
        json.put("notScreenedForSectors", result.notScreenedCounts());
        json.put("companyNumbersGiven", result.companyNumbersGiven());
        json.put("bySector", bySector());
        RegisterCheck register = result.register();
        if (register != null) {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("snapshotDate", register.snapshotDate().toString());
            check.put("companiesRead", register.companiesRead());
            check.put("pscEntriesRead", register.pscGiven() ? register.pscEntriesRead() : null);
            Map<String, Integer> tied = new LinkedHashMap<>();
            for (MatchBasis basis : MatchBasis.values()) {
                tied.put(basis.code(), (int) result.suppliers().stream()
                        .filter(s ->
                                s.companiesHouse() != null && s.companiesHouse().matchedBy() == basis)
                        .count());
            }
            check.put("tied", tied);
            json.put("companiesHouse", check);
        }
        List<Map<String, Object>> suppliers = new ArrayList<>();
        for (ScreenedSupplier supplier : flagged) {
            suppliers.add(entry(supplier));
        }
        json.put("flaggedSuppliers", suppliers);
        json.put(
                "lowConfidenceSuppliers",
                result.possible().stream().map(this::entry).toList());
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

    /** One supplier in the JSON: its sectors (the ids, as before) and each sector's confidence and evidence. */
    private Map<String, Object> entry(ScreenedSupplier supplier) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", supplier.profile().name());
        entry.put("companyNumber", supplier.profile().companyNumber());
        entry.put("sectors", supplier.sectorIds());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (String id : supplier.sectorIds()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("sector", id);
            hit.put("name", sectorNames.getOrDefault(id, id));
            hit.put("confidence", supplier.confidence(id).name().toLowerCase(java.util.Locale.ROOT));
            hit.put(
                    "evidence",
                    supplier.sectorHits().stream()
                            .filter(h -> h.sectorId().equals(id))
                            .map(h -> h.rule().label() + " " + h.evidence() + (h.weak() ? " (weak alone)" : ""))
                            .toList());
            hits.add(hit);
        }
        entry.put("sectorHits", hits);
        entry.put(
                "evidence",
                supplier.sectorHits().stream()
                        .map(hit -> hit.describe(sectorNames))
                        .toList());
        entry.put("notes", supplier.sectorNotes());
        entry.put("flags", supplier.flags().stream().map(f -> f.kind().name()).toList());
        entry.put(
                "flagDetails",
                supplier.flags().stream()
                        .map(f -> Map.of("flag", f.kind().name(), "detail", f.detail()))
                        .toList());
        if (result.register() != null) {
            entry.put("companiesHouse", companiesHouse(supplier.companiesHouse()));
        }
        entry.put("spend", BigDecimal.valueOf(supplier.profile().totalPence(), 2));
        return entry;
    }

    /** The company a supplier was tied to, as the JSON gives it; null when it was not tied to one. */
    private static Map<String, Object> companiesHouse(CompanyMatch match) {
        if (match == null || !match.matched()) {
            return null;
        }
        RegisteredCompany company = match.company();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", company.number());
        json.put("name", company.name());
        json.put("status", company.status());
        json.put(
                "incorporated",
                company.incorporated() == null ? null : company.incorporated().toString());
        json.put("sic", company.sic());
        json.put("matchedBy", match.matchedBy().code());
        return json;
    }

    /** Flagged suppliers by the sectors they are in with high confidence. */
    private Map<String, Integer> bySector() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        flagged.forEach(s -> s.confidentSectorIds().forEach(id -> counts.merge(id, 1, Integer::sum)));
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
