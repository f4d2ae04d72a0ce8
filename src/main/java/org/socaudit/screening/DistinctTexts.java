package org.socaudit.screening;

import java.util.Arrays;
import java.util.List;

/**
 * Up to a limit of distinct texts, stripped, in the order first added. A plain array, because a
 * supplier has only a few names, services or categories: scanning them (by identity first, as a
 * ledger's repeated cells are shared copies) beats a hashed set, and takes a fraction of the memory.
 */
final class DistinctTexts {

    private static final String[] NONE = {};

    private final int limit;
    private String[] values = NONE;
    private int size;

    DistinctTexts(int limit) {
        this.limit = limit;
    }

    /** Adds the text, stripped, unless it is null, blank, already here or the limit is reached. */
    void add(String value) {
        if (value == null || size >= limit) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return;
            }
        }
        if (value.isBlank()) {
            return;
        }
        String stripped = value.strip();
        for (int i = 0; i < size; i++) {
            if (values[i].equals(stripped)) {
                return;
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(2, Math.min(limit, size * 2)));
        }
        values[size++] = stripped;
    }

    /** Adds every text of another, in its order. */
    void addAll(DistinctTexts other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    List<String> toList() {
        return List.of(Arrays.copyOf(values, size));
    }
}
