package org.socaudit.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.WatchlistEntry;

/**
 * The watchlist's names (each entry's name and aliases, trading names split) indexed once, by whole
 * comparison form and by distinctive token; finds the few names worth scoring against a supplier name.
 */
final class WatchlistIndex {

    /** At most this many names are scored per supplier name: the ones sharing the most, rarest tokens. */
    static final int MAX_CANDIDATES = 12;

    /**
     * A name sharing less than this with the supplier's name is not scored: on generated lists this
     * drops half the candidates and none of the strong matches (and under 2% of the review ones).
     */
    static final double MIN_SHARE = 0.5;

    /** A token in more than this share of the names finds no candidates (it still counts in the score). */
    static final double COMMON_SHARE = 0.02;

    /** ... unless the list is small: a token in this many names or fewer is never common. */
    static final int COMMON_FLOOR = 50;

    /** The weight of a whole-name hit: such a candidate is always kept. */
    private static final double WHOLE_NAME = 1e6;

    /** Where in its entry an indexed name came from, for the reason. */
    static final String NAME = "watchlist name";

    static final String TRADING_NAME = "watchlist trading name";
    static final String ALIAS = "alias";

    /** One name of one entry: the raw name (or the part of it after T/A), its comparison form and role. */
    record IndexedName(int entry, String raw, NormalisedName name, String role) {}

    private final List<IndexedName> names = new ArrayList<>();
    private final Map<String, List<Integer>> byWholeName = new HashMap<>();
    private final TokenVocabulary vocabulary;
    private final double[] nameWeights;
    private final int commonCutoff;
    private final ThreadLocal<CandidateCollector> collectors;

    WatchlistIndex(List<WatchlistEntry> entries) {
        Map<String, List<Integer>> byToken = new LinkedHashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            WatchlistEntry entry = entries.get(e);
            add(byToken, e, entry.name(), NAME);
            for (String alias : entry.aliases()) {
                add(byToken, e, alias, ALIAS);
            }
        }
        vocabulary = new TokenVocabulary(byToken);
        nameWeights = new double[names.size()];
        for (int id = 0; id < names.size(); id++) {
            nameWeights[id] = weight(names.get(id).name(), byToken);
        }
        commonCutoff = Math.max(COMMON_FLOOR, (int) (names.size() * COMMON_SHARE));
        collectors = ThreadLocal.withInitial(() -> new CandidateCollector(names.size()));
    }

    private void add(Map<String, List<Integer>> byToken, int entry, String raw, String role) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        List<String> parts = NameNormaliser.tradingNames(NameNormaliser.forMatching(raw));
        for (int p = 0; p < parts.size(); p++) {
            NormalisedName name = NormalisedName.of(parts.get(p));
            if (name.tokens().isEmpty()) {
                continue;
            }
            int id = names.size();
            names.add(new IndexedName(entry, parts.get(p), name, p > 0 && role.equals(NAME) ? TRADING_NAME : role));
            byWholeName.computeIfAbsent(name.text(), k -> new ArrayList<>(1)).add(id);
            byWholeName.computeIfAbsent(name.compact(), k -> new ArrayList<>(1)).add(id);
            for (String token : BlockingKeys.distinctive(name.tokens())) {
                List<Integer> ids = byToken.computeIfAbsent(token, k -> new ArrayList<>(2));
                if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                    ids.add(id);
                }
            }
        }
    }

    /**
     * The names worth scoring against a supplier name: those with the same comparison form (or the
     * same but for spaces), then those that share the most with it, rare tokens counting most: a
     * token weighs 1 + ln(names / names containing it), and a name's share is twice the weight of the
     * tokens alike (times how alike) over the weight of both names, so extra words count against it.
     */
    List<IndexedName> candidates(NormalisedName query) {
        CandidateCollector collector = collectors.get();
        collector.add(byWholeName.getOrDefault(query.text(), List.of()), WHOLE_NAME);
        if (!query.compact().equals(query.text())) {
            collector.add(byWholeName.getOrDefault(query.compact(), List.of()), WHOLE_NAME);
        }
        double queryWeight = 0;
        for (String token : BlockingKeys.distinctive(query.tokens())) {
            TokenVocabulary.Alike alike = vocabulary.alike(token);
            queryWeight += idf(Math.max(1, alike.count()));
            for (int i = 0; i < alike.tokens().length; i++) {
                int[] ids = vocabulary.names(alike.tokens()[i]);
                if (ids.length <= commonCutoff) {
                    collector.add(ids, alike.likeness()[i] * idf(ids.length));
                }
            }
        }
        List<IndexedName> found = new ArrayList<>();
        for (int id : collector.best(MAX_CANDIDATES, MIN_SHARE, queryWeight, nameWeights)) {
            found.add(names.get(id));
        }
        return found;
    }

    /** The weight of a watchlist name: the weights of its distinctive tokens. */
    private double weight(NormalisedName name, Map<String, List<Integer>> byToken) {
        double weight = 0;
        for (String token : BlockingKeys.distinctive(name.tokens())) {
            weight += idf(byToken.get(token).size());
        }
        return weight;
    }

    private double idf(int count) {
        return 1 + Math.log((double) names.size() / count);
    }
}
