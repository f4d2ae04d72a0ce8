package org.socaudit.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A name in comparison form: its tokens without a leading "the" or legal forms, the same joined,
 * token-sorted and without spaces, and the legal form that was removed (kept as evidence); with the
 * sorted letters of the name and of each token, for {@link JaroWinklerBound}.
 */
record NormalisedName(
        String raw,
        List<String> tokens,
        String text,
        String sorted,
        String compact,
        String legalForm,
        char[] letters,
        List<char[]> tokenLetters) {

    /** Common abbreviations spelt out, so that "1st Intl Bank" meets "First International Bank". */
    private static final Map<String, String> ABBREVIATIONS =
            Map.of("1ST", "FIRST", "2ND", "SECOND", "3RD", "THIRD", "INTL", "INTERNATIONAL", "BROS", "BROTHERS");

    NormalisedName {
        tokens = List.copyOf(tokens);
        tokenLetters = List.copyOf(tokenLetters);
    }

    /** Normalises a raw name. */
    static NormalisedName of(String raw) {
        List<NameTokens.Token> all = NameTokens.of(raw);
        List<String> words = new ArrayList<>(all.size());
        for (NameTokens.Token token : all) {
            words.add(ABBREVIATIONS.getOrDefault(token.text(), token.text()));
        }
        int the = words.size() > 1 && words.get(0).equals("THE") ? 1 : 0;
        LegalForms.Span span = LegalForms.strip(words.subList(the, words.size()));
        int from = the + span.from();
        int to = the + span.to();
        List<String> tokens = words.subList(from, to);
        List<String> sortedTokens = new ArrayList<>(tokens);
        sortedTokens.sort(null);
        List<char[]> tokenLetters = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            tokenLetters.add(JaroWinklerBound.letters(token));
        }
        String text = String.join(" ", tokens);
        return new NormalisedName(
                raw,
                tokens,
                text,
                String.join(" ", sortedTokens),
                String.join("", tokens),
                legalForm(raw, all, the, from, to),
                JaroWinklerBound.letters(text),
                tokenLetters);
    }

    /** True when the comparison form is too short to tell names apart by spelling alone. */
    boolean isShort() {
        return text.length() <= 3;
    }

    private static String legalForm(String raw, List<NameTokens.Token> all, int the, int from, int to) {
        List<String> parts = new ArrayList<>(2);
        if (from > the) {
            parts.add(raw.substring(all.get(the).start(), all.get(from - 1).end()));
        }
        if (to < all.size()) {
            parts.add(raw.substring(all.get(to).start(), all.get(all.size() - 1).end()));
        }
        return String.join(", ", parts);
    }
}
