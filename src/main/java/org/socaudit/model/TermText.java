package org.socaudit.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a supplier name, spend category or sector term in the one form they are compared in,
 * so that a term found in a name is found alike in a category. Case, accents, apostrophes and other
 * punctuation make no difference; "&amp;" is the word "and" ("Fish &amp; Chips" is "fish and chips",
 * but "Garden Care and Home Maintenance" is no "care home"); a common ledger abbreviation stands for its word ("Maint" is
 * "maintenance"); and each word is taken in the singular ("Taxis" is "taxi", "Coaches" is "coach",
 * "Nurseries" is "nursery"). Spacing and hyphens are handled by the matcher, which also compares the
 * words run together ("skip-hire", "skip hire" and "skiphire").
 */
public final class TermText {

    /** One word: its compared form and where it is in the text as written. */
    public record Word(String form, int start, int end) {}

    /**
     * Shorthand seen in council ledgers' spend categories and in supplier names, with the word each
     * stands for. Only forms that are not themselves common words are listed.
     */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("maint", "maintenance"),
            Map.entry("mtce", "maintenance"),
            Map.entry("mtnce", "maintenance"),
            Map.entry("mgmt", "management"),
            Map.entry("mgt", "management"),
            Map.entry("svc", "service"),
            Map.entry("svcs", "service"),
            Map.entry("serv", "service"),
            Map.entry("servs", "service"),
            Map.entry("bldg", "building"),
            Map.entry("bldgs", "building"),
            Map.entry("constr", "construction"),
            Map.entry("hsg", "housing"),
            Map.entry("accom", "accommodation"),
            Map.entry("accomm", "accommodation"),
            Map.entry("resi", "residential"),
            Map.entry("resid", "residential"),
            Map.entry("equip", "equipment"),
            Map.entry("supl", "supplies"),
            Map.entry("supls", "supplies"),
            Map.entry("fd", "food"),
            Map.entry("eqpt", "equipment"),
            Map.entry("elec", "electrical"),
            Map.entry("recyc", "recycling"),
            Map.entry("envt", "environmental"),
            Map.entry("env", "environmental"),
            Map.entry("pvt", "private"),
            Map.entry("veh", "vehicle"),
            Map.entry("vehs", "vehicle"),
            Map.entry("transp", "transport"),
            Map.entry("dom", "domiciliary"),
            Map.entry("contr", "contractor"),
            Map.entry("contrs", "contractor"));

    /** Plurals the suffix rules would get wrong. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "buses", "bus",
            "gases", "gas",
            "men", "men",
            "children", "child",
            "people", "person");

    private TermText() {}

    /** The words of a text in order, each in its compared form, an ampersand as the word "and". */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (text.charAt(i) == '&') {
                words.add(new Word("and", i, i + 1));
                i++;
                continue;
            }
            if (!isWordChar(text, i)) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder raw = new StringBuilder();
            while (i < length
                    && (isWordChar(text, i)
                            || isApostrophe(text.charAt(i)) && i + 1 < length && isWordChar(text, i + 1))) {
                if (!isApostrophe(text.charAt(i))) {
                    raw.append(text.charAt(i));
                }
                i++;
            }
            String form = form(raw.toString());
            if (!form.isEmpty()) {
                words.add(new Word(form, start, i));
            }
        }
        return words;
    }

    /** The compared forms of a text's words, joined by single spaces: how a term is keyed. */
    public static String key(String text) {
        StringBuilder key = new StringBuilder();
        for (Word word : words(text)) {
            key.append(key.length() == 0 ? "" : " ").append(word.form());
        }
        return key.toString();
    }

    /** One word's compared form: folded, unabbreviated, singular. */
    static String form(String word) {
        String folded = Normalizer.normalize(word, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                // The dotless i has no decomposition: "TAXı" is "taxi" as "TAXİ" is.
                .replace('\u0131', 'i');
        String expanded = ABBREVIATIONS.getOrDefault(folded, folded);
        return singular(expanded);
    }

    /** A word in the singular by the common English rules; a word that is not a plural is kept. */
    static String singular(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && (word.endsWith("xes") || word.endsWith("zzes"))) {
            return word.substring(0, n - 2);
        }
        // "Minibuses" is "minibus" as "buses" is "bus" (but "abuses" is "abuse").
        if (n > 5 && word.endsWith("buses") && !word.endsWith("abuses")) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && isLetter(word, n - 2)) {
            // A possessive written without its apostrophe: "Childrens" is "children's", so "child".
            String stem = word.substring(0, n - 1);
            return IRREGULAR.getOrDefault(stem, stem);
        }
        return word;
    }

    private static boolean isLetter(String word, int index) {
        return Character.isLetter(word.charAt(index));
    }

    private static boolean isWordChar(String text, int index) {
        int c = text.codePointAt(index);
        if (Character.isLowSurrogate(text.charAt(index))) {
            return Character.isLetterOrDigit(text.codePointBefore(index + 1));
        }
        return Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }
}
