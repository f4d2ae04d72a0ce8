package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How strongly a header names each role, scored out of about 100 from the bundled
 * {@code column-vocabulary.csv}: the best phrase found in the header, less a little for every
 * other word, less more for words that say the column is something else ("Supplier Number" is not
 * a name); for amounts, net of VAT is preferred to gross.
 */
final class ColumnVocabulary {

    static final String RESOURCE = "column-vocabulary.csv";

    /** A header scoring at least this names the role. */
    static final int NAMES_ROLE = 40;

    /** Longer cells are text, not column headings; not looking at them bounds the work a hostile cell can cause. */
    static final int LONGEST_HEADER = 200;

    private static final int PER_EXTRA_WORD = 6;
    private static final int QUALIFIER_DISCOUNT = 10;

    private static final ColumnVocabulary BUNDLED = load();

    private record Entry(List<String> words, int weight) {}

    private final Map<Role, List<Entry>> phrases = new EnumMap<>(Role.class);
    private final Map<Role, Map<String, Integer>> avoided = new EnumMap<>(Role.class);
    private final Map<Role, Set<String>> textWords = new EnumMap<>(Role.class);
    private final List<Entry> prefer = new ArrayList<>();
    private final List<Entry> demote = new ArrayList<>();
    private final List<Entry> units = new ArrayList<>();
    private final Set<String> lexicon = new HashSet<>();

    private ColumnVocabulary() {
        for (Role role : Role.values()) {
            phrases.put(role, new ArrayList<>());
            avoided.put(role, new java.util.HashMap<>());
            textWords.put(role, new HashSet<>());
        }
    }

    /** The vocabulary shipped with the toolkit. */
    static ColumnVocabulary bundled() {
        return BUNDLED;
    }

    /** The words of a header cell, split with this vocabulary's words; a cell too long to be a heading has none. */
    HeaderWords words(String header) {
        if (header != null && header.length() > LONGEST_HEADER) {
            return HeaderWords.of(null, lexicon);
        }
        return HeaderWords.of(header, lexicon);
    }

    /** How strongly the header names the role: 0 when not at all. */
    int score(Role role, HeaderWords header) {
        List<String> words = new ArrayList<>(header.words());
        List<String> qualifiers = new ArrayList<>(header.qualifiers());
        int adjust = 0;
        if (role == Role.AMOUNT) {
            adjust += strip(prefer, words, qualifiers)
                    - strip(demote, words, qualifiers)
                    + strip(units, words, qualifiers);
        }
        int best = 0;
        int[] span = null;
        int matched = 0;
        for (Entry phrase : phrases.get(role)) {
            int at = indexOf(words, phrase.words());
            int length = phrase.words().size();
            // The most specific phrase decides: "Invoice Date" is an invoice date before it is a date.
            if (at >= 0 && length >= matched) {
                int extra = words.size() - length;
                int score = Math.max(phrase.weight() / 3, phrase.weight() - PER_EXTRA_WORD * extra);
                if (length > matched || score > best) {
                    best = score;
                    matched = length;
                    span = new int[] {at, at + length};
                }
            }
            if (qualifiers.equals(phrase.words()) && phrase.weight() - QUALIFIER_DISCOUNT > best) {
                best = phrase.weight() - QUALIFIER_DISCOUNT;
                span = new int[] {0, 0};
            }
        }
        if (best == 0) {
            return 0;
        }
        if (!words.isEmpty() && textWords.get(role).contains(words.get(words.size() - 1))) {
            // "Account Code Description" is the text of a code, not the code.
            return Math.max(0, best + adjust);
        }
        Set<String> seen = new HashSet<>();
        Map<String, Integer> avoid = avoided.get(role);
        for (int i = 0; i < words.size(); i++) {
            boolean inPhrase = i >= span[0] && i < span[1];
            if (!inPhrase && avoid.containsKey(words.get(i)) && seen.add(words.get(i))) {
                best -= avoid.get(words.get(i));
            }
        }
        // A qualifier says less: "Payment Date (Month End)" is still the payment date; its worst word counts, halved.
        int qualified = 0;
        for (String word : qualifiers) {
            if (avoid.containsKey(word) && !seen.contains(word)) {
                qualified = Math.max(qualified, avoid.get(word) / 2);
            }
        }
        best -= qualified;
        return Math.max(0, best + adjust);
    }

    /** Whether the header holds a word that says the column is not the role ("VAT" for an amount). */
    boolean avoids(Role role, HeaderWords header) {
        Map<String, Integer> avoid = avoided.get(role);
        return header.words().stream().anyMatch(avoid::containsKey)
                || header.qualifiers().stream().anyMatch(avoid::containsKey);
    }

    /** The best score the header earns for any of the roles. */
    int bestScore(Set<Role> roles, HeaderWords header) {
        int best = 0;
        for (Role role : roles) {
            best = Math.max(best, score(role, header));
        }
        return best;
    }

    /** A few of the role's usual headers, for messages. */
    String examples(Role role) {
        return phrases.get(role).stream()
                .sorted((a, b) -> b.weight() - a.weight())
                .map(e -> String.join(" ", e.words()))
                .distinct()
                .limit(4)
                .collect(Collectors.joining(", "));
    }

    /** Removes every marker phrase found in the words or qualifiers; the weight of those found. */
    private static int strip(List<Entry> markers, List<String> words, List<String> qualifiers) {
        int total = 0;
        for (Entry marker : markers) {
            if (remove(words, marker.words()) | remove(qualifiers, marker.words())) {
                total += marker.weight();
            }
        }
        return total;
    }

    private static boolean remove(List<String> words, List<String> phrase) {
        int at = indexOf(words, phrase);
        if (at < 0) {
            return false;
        }
        words.subList(at, at + phrase.size()).clear();
        return true;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        return phrase.isEmpty() ? -1 : java.util.Collections.indexOfSubList(words, phrase);
    }

    private static ColumnVocabulary load() {
        ColumnVocabulary vocabulary = new ColumnVocabulary();
        List<CSVRecord> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (InputStream in = ColumnVocabulary.class.getResourceAsStream(RESOURCE);
                CSVParser parser = CSVParser.builder()
                        .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .setFormat(format)
                        .get()) {
            parser.forEach(records::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
        for (CSVRecord record : records) {
            vocabulary.lexicon.addAll(Arrays.asList(record.get("words").split(" ")));
        }
        for (CSVRecord record : records) {
            vocabulary.add(record);
        }
        return vocabulary;
    }

    private void add(CSVRecord record) {
        Role role = Role.valueOf(record.get("role").toUpperCase(Locale.ROOT).replace('-', '_'));
        int weight = Integer.parseInt(record.get("weight"));
        List<String> words = HeaderWords.of(record.get("words"), lexicon).words();
        switch (record.get("kind")) {
            case "phrase" -> phrases.get(role).add(new Entry(words, weight));
            case "avoid" -> avoided.get(role).put(words.get(0), weight);
            case "prefer" -> prefer.add(new Entry(words, weight));
            case "demote" -> demote.add(new Entry(words, weight));
            case "unit" -> units.add(new Entry(words, weight));
            case "text" -> textWords.get(role).add(words.get(0));
            default -> throw new IllegalStateException("unknown kind in " + RESOURCE + ": " + record.get("kind"));
        }
    }
}
