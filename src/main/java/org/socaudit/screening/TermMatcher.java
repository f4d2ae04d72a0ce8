package org.socaudit.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.TermText;

/**
 * Finds terms (sector keywords, "unless" phrases, exclusion terms) in names and spend categories,
 * comparing words as {@link TermText} forms them, so that every term is found alike wherever it is.
 * A term is found where its words stand in the text in order, or where they stand run together or
 * split apart ("skip hire" in "Skiphire Ltd", "homecare" in "Home Care Ltd"). Words are joined only
 * when each has at least three letters, or all are single letters with full stops ("C.C.T.V."), so initials and
 * short words are not joined into a term ("C A B Motors" is not a cab firm). Each text is looked up
 * once per run of up to as many words as the longest term, in two hash maps, so the cost does not
 * grow with the number of terms.
 *
 * @param <T> what a term stands for
 */
final class TermMatcher<T> {

    /** A term found in a text: what it stands for, and the words as written in the text. */
    record Found<T>(T value, String asWritten, int start, int end) {

        /** Whether this was found within the other's words. */
        boolean within(Found<?> other) {
            return start >= other.start && end <= other.end;
        }

        /** Whether this and the other share a word. */
        boolean overlaps(Found<?> other) {
            return start < other.end && other.start < end;
        }
    }

    private final Map<String, List<T>> bySpacedKey = new HashMap<>();
    private final Map<String, List<T>> byJoinedKey = new HashMap<>();
    private int longest;
    private int longestJoined;

    /**
     * Adds a term; throws IllegalArgumentException if it has no letters or digits, which the content
     * readers refuse first with the file and line.
     */
    void add(String term, T value) {
        List<TermText.Word> words = TermText.words(term);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("term without letters or digits: '" + term + "'");
        }
        StringBuilder spaced = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (TermText.Word word : words) {
            spaced.append(spaced.length() == 0 ? "" : " ").append(word.form());
            joined.append(word.form());
        }
        addOnce(bySpacedKey, spaced.toString(), value);
        addOnce(byJoinedKey, joined.toString(), value);
        longest = Math.max(longest, Math.max(words.size(), 2));
        longestJoined = Math.max(longestJoined, joined.length());
    }

    private static <T> void addOnce(Map<String, List<T>> map, String key, T value) {
        List<T> values = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    /** Every term found in the text, each value once (where first found), in the order of the text. */
    List<Found<T>> find(String text) {
        return find(text, true);
    }

    /**
     * Every place a term is found in the text, a value as often as it is found ("SCHOOL TRANSPORT,
     * KENT COUNTY COUNCIL" holds a public-body term twice), in the order of the text.
     */
    List<Found<T>> findAll(String text) {
        return find(text, false);
    }

    private List<Found<T>> find(String text, boolean once) {
        List<Found<T>> found = new ArrayList<>();
        if (text == null || bySpacedKey.isEmpty()) {
            return found;
        }
        List<TermText.Word> words = TermText.words(text);
        List<T> seen = new ArrayList<>();
        for (int from = 0; from < words.size(); from++) {
            if (!once) {
                // A value once per starting word: the shortest run of words that holds it.
                seen.clear();
            }
            StringBuilder spaced = new StringBuilder();
            StringBuilder joined = new StringBuilder();
            boolean joinable = true;
            boolean allSingle = true;
            boolean allLong = true;
            // Single letters ("C.C.T.V.") may run to as many words as the longest term has letters.
            for (int to = from;
                    to < words.size() && (to - from < longest || allSingle && to - from < longestJoined);
                    to++) {
                String form = words.get(to).form();
                spaced.append(to == from ? "" : " ").append(form);
                joined.append(form);
                // Single letters join only when written with full stops between them ("C.C.T.V."), not spaces.
                allSingle &= form.length() == 1
                        && (to == from || text.charAt(words.get(to - 1).end()) == '.');
                allLong &= form.length() >= 3;
                joinable = to == from || allSingle || allLong;
                int start = words.get(from).start();
                int end = words.get(to).end();
                collect(bySpacedKey.get(spaced.toString()), text, start, end, seen, found);
                if (joinable) {
                    collect(byJoinedKey.get(joined.toString()), text, start, end, seen, found);
                }
            }
        }
        return found;
    }

    private static <T> void collect(
            List<T> values, String text, int start, int end, List<T> seen, List<Found<T>> found) {
        if (values == null) {
            return;
        }
        for (T value : values) {
            if (!seen.contains(value)) {
                seen.add(value);
                found.add(new Found<>(value, text.substring(start, end), start, end));
            }
        }
    }
}
