package org.socaudit.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Puts supplier and watchlist names into a form in which spelling differences that mean nothing vanish. */
public final class NameNormaliser {

    /**
     * Names are compared on their first this many characters. No real company name comes near it
     * (Companies House allows 160), and every step of matching is then bounded, however long a name
     * a spending file or watchlist holds.
     */
    public static final int MATCHED_CHARS = 200;

    /**
     * "T/A", "T/AS", "t/a" and "trading as", with or without an opening bracket before them. A run
     * of separators is only tried from its start (the look-behind, or where the last match ended), so
     * a long run costs its length once rather than its length squared.
     */
    private static final Pattern TRADING_AS =
            Pattern.compile("(?i)(?:^|(?:\\G|(?<![\\s,(]))[\\s,(]+)(?:t\\s*/\\s*as?|trading\\s+as)(?=[\\s:]|$)[\\s:]*");

    private NameNormaliser() {}

    /**
     * Comparison form: upper/lower case folded, accents removed (java.text.Normalizer), punctuation to
     * spaces, '&' and '+' to 'and', a leading 'the' dropped, legal forms (Ltd, Limited, PLC, LLP, LP,
     * CIC, Co, Company, Inc, Corp, Corporation, GmbH, AG, SA, SARL, BV, NV, Aktiengesellschaft, ...)
     * removed, whitespace collapsed.
     *
     * <p>Also: apostrophes are dropped ("Poor's" is POORS), initials join ("A.B.C." is ABC), a few
     * abbreviations are spelt out (1st, Intl, Bros), and a legal form is kept when it is all the
     * name there is. The result is upper case.
     */
    public static String normalise(String name) {
        return NormalisedName.of(Objects.requireNonNull(name, "name")).text();
    }

    /**
     * The part of a raw name that matching compares: the first {@link #MATCHED_CHARS} characters
     * (never half a surrogate pair). The full name is still what is shown.
     */
    public static String forMatching(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() <= MATCHED_CHARS) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MATCHED_CHARS - 1)) ? MATCHED_CHARS - 1 : MATCHED_CHARS;
        return name.substring(0, end);
    }

    /** The legal form found in the raw name (for evidence), or empty. */
    public static Optional<String> legalForm(String name) {
        String form = NormalisedName.of(Objects.requireNonNull(name, "name")).legalForm();
        return form.isEmpty() ? Optional.empty() : Optional.of(form);
    }

    /**
     * The names in a raw supplier name: "A T/A B", "A T/AS B", "A trading as B", "A t/a B" give [A, B];
     * otherwise [name]. Raw (not normalised), trimmed.
     */
    public static List<String> tradingNames(String name) {
        Objects.requireNonNull(name, "name");
        String[] parts = mayHaveTradingName(name) ? TRADING_AS.split(name) : new String[] {name};
        List<String> names = new ArrayList<>(2);
        for (String part : parts) {
            String trimmed = trimBrackets(part);
            if (!trimmed.isEmpty()) {
                names.add(trimmed);
            }
        }
        return names.isEmpty() ? List.of(name.trim()) : List.copyOf(names);
    }

    /**
     * False when the name cannot hold "T/A" or "trading as", which need a slash or the word: nearly
     * every name, each of which the pattern would otherwise search.
     */
    private static boolean mayHaveTradingName(String name) {
        return name.indexOf('/') >= 0 || name.toLowerCase(Locale.ROOT).contains("trading");
    }

    /** "Smith (t/a Acme)" leaves "Acme)" after the split; a closing bracket without its opening goes. */
    private static String trimBrackets(String part) {
        String trimmed = part.strip();
        if (trimmed.endsWith(")") && trimmed.indexOf('(') < 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        if (trimmed.endsWith(",")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
        }
        return trimmed;
    }
}
