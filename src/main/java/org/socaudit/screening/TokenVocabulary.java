package org.socaudit.screening;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The distinctive tokens of the watchlist's names, each with the names that contain it, and the
 * tokens alike to a supplier's token: itself, those one edit away, and those sharing its first
 * letters that are alike enough to pair in scoring.
 */
final class TokenVocabulary {

    /** A first-letters key shared by more tokens than this is too vague to look through. */
    static final int PREFIX_LIMIT = 32;

    /** How alike a token a deletion away counts for ranking candidates (without measuring it). */
    static final double ONE_EDIT = 0.9;

    /** Supplier tokens recur (a ledger names the same firms and trades again and again): remember this many. */
    static final int REMEMBERED = 200_000;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final int[] NONE = {};

    /** The vocabulary tokens alike to one token, how alike, and how many names contain the token itself. */
    record Alike(int[] tokens, double[] likeness, int count) {}

    private final String[] tokens;
    private final char[][] letters;
    private final int[][] names;
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, int[]> byDeletion = new HashMap<>();
    private final Map<String, int[]> byPrefix = new HashMap<>();
    private final Map<String, Alike> remembered = new ConcurrentHashMap<>();

    /** Builds the vocabulary from each token's list of name ids (ascending). */
    TokenVocabulary(Map<String, List<Integer>> namesByToken) {
        tokens = new String[namesByToken.size()];
        letters = new char[tokens.length][];
        names = new int[tokens.length][];
        namesByToken.forEach((token, nameIds) -> {
            int id = ids.size();
            ids.put(token, id);
            tokens[id] = token;
            letters[id] = JaroWinklerBound.letters(token);
            names[id] = toArray(nameIds);
            for (String key : BlockingKeys.deletions(token)) {
                byDeletion.merge(key, new int[] {id}, TokenVocabulary::append);
            }
            String prefix = BlockingKeys.prefix(token);
            if (prefix != null) {
                byPrefix.merge(prefix, new int[] {id}, TokenVocabulary::append);
            }
        });
    }

    /** Most keys belong to one or two tokens, so growing an array by one is cheaper than a list of boxes. */
    private static int[] append(int[] ids, int[] more) {
        int[] joined = Arrays.copyOf(ids, ids.length + more.length);
        System.arraycopy(more, 0, joined, ids.length, more.length);
        return joined;
    }

    /** The ids of the names that contain the token with this id. */
    int[] names(int token) {
        return names[token];
    }

    /** The vocabulary tokens alike enough to the given one to pair with it in scoring. */
    Alike alike(String token) {
        Alike alike = remembered.get(token);
        if (alike == null) {
            alike = lookUp(token);
            if (remembered.size() < REMEMBERED) {
                remembered.put(token, alike);
            }
        }
        return alike;
    }

    private Alike lookUp(String token) {
        Found found = new Found();
        for (String key : BlockingKeys.deletions(token)) {
            for (int id : byDeletion.getOrDefault(key, NONE)) {
                // Tokens sharing a deletion are one edit apart, two at most: rank them without measuring.
                found.add(id, tokens[id].equals(token) ? 1 : ONE_EDIT);
            }
        }
        String prefix = BlockingKeys.prefix(token);
        int[] sharingPrefix = prefix == null ? NONE : byPrefix.getOrDefault(prefix, NONE);
        char[] tokenLetters = JaroWinklerBound.letters(token);
        if (sharingPrefix.length <= PREFIX_LIMIT) {
            for (int id : sharingPrefix) {
                if (!found.contains(id)
                        && JaroWinklerBound.atMost(token, tokenLetters, tokens[id], letters[id])
                                >= NameSimilarity.TOKEN_PAIR) {
                    double alike = JARO_WINKLER.apply(token, tokens[id]);
                    if (alike >= NameSimilarity.TOKEN_PAIR) {
                        found.add(id, alike);
                    }
                }
            }
        }
        Integer self = ids.get(token);
        return found.toAlike(self == null ? 0 : names[self].length);
    }

    /** The tokens found so far for one lookup, each once. */
    private static final class Found {
        private int[] ids = new int[8];
        private double[] likeness = new double[8];
        private int count;

        boolean contains(int id) {
            for (int i = 0; i < count; i++) {
                if (ids[i] == id) {
                    return true;
                }
            }
            return false;
        }

        void add(int id, double alike) {
            if (contains(id)) {
                return;
            }
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                likeness = Arrays.copyOf(likeness, count * 2);
            }
            ids[count] = id;
            likeness[count++] = alike;
        }

        Alike toAlike(int selfCount) {
            return new Alike(Arrays.copyOf(ids, count), Arrays.copyOf(likeness, count), selfCount);
        }
    }

    private static int[] toArray(List<Integer> ids) {
        int[] array = new int[ids.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = ids.get(i);
        }
        return array;
    }
}
