package org.socaudit.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.socaudit.model.MatchBand;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.model.WatchlistMatch;

/**
 * Matches suppliers against a watchlist ("data washing"): equal company numbers decide, otherwise
 * names are compared, but only with the few watchlist names an index finds for them.
 *
 * <p>Names score with {@link #similarity}: the mean of a Jaro-Winkler similarity of the whole names
 * (token-sorted or as written, whichever is higher) and a soft token-set Dice coefficient whose
 * tokens pair by Jaro-Winkler too (Commons Text). A score of at least {@value #STRONG} with every
 * token on both sides paired is {@link MatchBand#STRONG}; at least {@value #REVIEW} is {@link
 * MatchBand#REVIEW}. Names are compared on their first {@value NameNormaliser#MATCHED_CHARS}
 * characters, so a hostile name cannot make matching slow. On the company rows of the OpenSanctions name-matching cases (224 pairs, see
 * NameMatchBenchmarkTest) the review band finds 139 of the 143 true pairs (precision 0.79) and the
 * strong band is right 107 times in 110 (recall 0.75). Names of three characters or fewer, and
 * suppliers whose company number differs from the entry's, are at most REVIEW. Instances are
 * immutable and safe to share between threads.
 */
public final class WatchlistMatcher {

    /** Strong: a name match this good with no word left over is very likely the same company. */
    public static final double STRONG = 0.95;

    /** Review: alike enough that a person should look; chosen for recall. */
    public static final double REVIEW = 0.80;

    private static final Comparator<WatchlistMatch> STRONGEST_FIRST = Comparator.comparing(WatchlistMatch::band)
            .thenComparing(Comparator.comparingDouble(WatchlistMatch::score).reversed())
            .thenComparing(m -> m.entry().name());

    /** The supplier being matched: its raw name and number as given, and the number compared. */
    private record Supplier(String name, String givenNumber, String number) {}

    private final List<WatchlistEntry> entries;
    private final WatchlistIndex index;
    private final String[] numbers;
    private final Map<String, List<Integer>> byNumber = new HashMap<>();

    /** Builds the index of the entries' names, aliases and company numbers once. */
    public WatchlistMatcher(List<WatchlistEntry> entries) {
        this.entries = List.copyOf(entries);
        this.index = new WatchlistIndex(this.entries);
        this.numbers = new String[this.entries.size()];
        for (int e = 0; e < numbers.length; e++) {
            numbers[e] = companyNumber(this.entries.get(e).companyNumber());
            if (numbers[e] != null) {
                byNumber.computeIfAbsent(numbers[e], n -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Matches one supplier (its raw name and normalised company number, or null) against the
     * watchlist; returns matches with band STRONG or REVIEW, strongest first.
     */
    public List<WatchlistMatch> match(String supplierName, String companyNumber) {
        Objects.requireNonNull(supplierName, "supplierName");
        Supplier supplier = new Supplier(supplierName, companyNumber, companyNumber(companyNumber));
        Map<Integer, WatchlistMatch> best = new HashMap<>();
        for (int e : byNumber.getOrDefault(supplier.number(), List.of())) {
            WatchlistEntry entry = entries.get(e);
            best.put(
                    e,
                    new WatchlistMatch(
                            supplierName,
                            companyNumber,
                            entry,
                            entry.name(),
                            1.0,
                            MatchBand.STRONG,
                            MatchReasons.sameCompanyNumber(supplier.number())));
        }
        List<String> names = NameNormaliser.tradingNames(NameNormaliser.forMatching(supplierName));
        for (int n = 0; n < names.size(); n++) {
            String role = names.size() == 1 ? null : n == 0 ? "name" : "trading name";
            matchName(supplier, NormalisedName.of(names.get(n)), role, best);
        }
        List<WatchlistMatch> matches = new ArrayList<>(best.values());
        matches.sort(STRONGEST_FIRST);
        return matches;
    }

    /** Scores one of the supplier's names against the candidates the index finds, keeping each entry's best. */
    private void matchName(Supplier supplier, NormalisedName name, String role, Map<Integer, WatchlistMatch> best) {
        for (WatchlistIndex.IndexedName candidate : index.candidates(name)) {
            WatchlistMatch known = best.get(candidate.entry());
            if (known != null && known.score() == 1.0 && known.band() == MatchBand.STRONG) {
                continue;
            }
            NameSimilarity.Result similarity = NameSimilarity.compareAtLeast(name, candidate.name(), REVIEW);
            if (similarity == null) {
                continue;
            }
            NameMatch m = new NameMatch(
                    name, role, supplier.number(), candidate, similarity, otherNumber(supplier, candidate));
            MatchBand band = band(m);
            if (band != MatchBand.NONE) {
                WatchlistMatch match = new WatchlistMatch(
                        supplier.name(),
                        supplier.givenNumber(),
                        entries.get(candidate.entry()),
                        candidate.raw(),
                        similarity.score(),
                        band,
                        MatchReasons.names(m, supplier.name().length() > NameNormaliser.MATCHED_CHARS));
                best.merge(candidate.entry(), match, (a, b) -> STRONGEST_FIRST.compare(a, b) <= 0 ? a : b);
            }
        }
    }

    /** The similarity of two raw names from 0 to 1 (the score match() uses). */
    public static double similarity(String a, String b) {
        double best = 0;
        for (String left : NameNormaliser.tradingNames(NameNormaliser.forMatching(a))) {
            for (String right : NameNormaliser.tradingNames(NameNormaliser.forMatching(b))) {
                NameSimilarity.Result r = NameSimilarity.compare(NormalisedName.of(left), NormalisedName.of(right));
                best = Math.max(best, r.score());
            }
        }
        return best;
    }

    /** The band of a name match: strong needs the score, every token paired, a long name and no other number. */
    static MatchBand band(NameMatch m) {
        NameSimilarity.Result r = m.similarity();
        if (r.score() >= STRONG && r.allPaired() && !m.shortName() && m.otherNumber() == null) {
            return MatchBand.STRONG;
        }
        return r.score() >= REVIEW ? MatchBand.REVIEW : MatchBand.NONE;
    }

    /** The entry's company number when the supplier has a different one: another company, or a phoenix. */
    private String otherNumber(Supplier supplier, WatchlistIndex.IndexedName candidate) {
        String other = numbers[candidate.entry()];
        return supplier.number() != null && other != null && !supplier.number().equals(other) ? other : null;
    }

    /** Upper case without spaces, and all-digit numbers padded to Companies House's eight digits. */
    static String companyNumber(String raw) {
        if (raw == null) {
            return null;
        }
        // Asked once per supplier, so written as one pass rather than a pattern and a stream.
        StringBuilder kept = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!isRegexSpace(c)) {
                kept.append(c);
            }
        }
        String number = kept.toString().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            return null;
        }
        boolean digits = true;
        for (int i = 0; i < number.length(); i++) {
            digits &= Character.isDigit(number.charAt(i));
        }
        return number.length() < 8 && digits ? "0".repeat(8 - number.length()) + number : number;
    }

    /** What {@code \\s} matches: space, tab, line feed, vertical tab, form feed and carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
