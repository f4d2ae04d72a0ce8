package org.socaudit.screening;

import java.util.Arrays;
import java.util.List;

/** Adds up weights per watchlist name for one lookup and keeps the heaviest; one per thread, reused. */
final class CandidateCollector {

    private final double[] weights;
    private final int[] touched;
    private int count;

    CandidateCollector(int names) {
        weights = new double[names];
        touched = new int[names];
    }

    void add(List<Integer> ids, double weight) {
        for (int id : ids) {
            add(id, weight);
        }
    }

    void add(int[] ids, double weight) {
        for (int id : ids) {
            add(id, weight);
        }
    }

    private void add(int id, double weight) {
        if (weights[id] == 0) {
            touched[count++] = id;
        }
        weights[id] += weight;
    }

    /**
     * The ids of the names sharing most with the query, at most limit of them and none sharing less
     * than the floor, best first; and resets for the next lookup. A name's share is 2 x its weight /
     * (the query's weight + the name's own).
     */
    int[] best(int limit, double floor, double queryWeight, double[] nameWeights) {
        for (int i = 0; i < count; i++) {
            int id = touched[i];
            weights[id] = 2 * weights[id] / (queryWeight + nameWeights[id]);
        }
        int[] top = new int[Math.min(limit, count)];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int id = touched[i];
            if (weights[id] < floor || kept == top.length && weights[id] <= weights[top[kept - 1]]) {
                continue;
            }
            // Insertion into a short sorted array: most names fall below the last kept one at once.
            int at = kept == top.length ? kept - 1 : kept++;
            while (at > 0 && weights[top[at - 1]] < weights[id]) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = id;
        }
        for (int i = 0; i < count; i++) {
            weights[touched[i]] = 0;
        }
        count = 0;
        return kept == top.length ? top : Arrays.copyOf(top, kept);
    }
}
