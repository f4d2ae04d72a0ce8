package org.socaudit.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the watchlist index files names under: their distinctive tokens, and for looking up a
 * misspelt token, the token with any one letter deleted and its first letters.
 */
final class BlockingKeys {

    /** Words too common in company names to find candidates by; they still count in the score. */
    static final Set<String> STOP_WORDS = Set.of(
            "AND OF THE UK GB GROUP HOLDINGS HOLDING SERVICES SERVICE INTERNATIONAL TRADING ENTERPRISES SOLUTIONS BRITISH NATIONAL"
                    .split(" "));

    /** Tokens at least this long are also filed with one letter deleted. */
    static final int DELETES_FROM = 4;

    /**
     * Tokens longer than this are filed whole and by their first letters only: a token's deletions
     * cost its length squared, and no word of a real name is this long.
     */
    static final int DELETES_UP_TO = 32;

    /** Tokens longer than this are also filed under their first letters, so "TRAFALGURA" meets "TRAFIGURA". */
    static final int PREFIX = 4;

    private BlockingKeys() {}

    /** The tokens not on the stop list, or all of them when that leaves none ("GROUP SERVICES"). */
    static List<String> distinctive(List<String> tokens) {
        List<String> distinctive = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (!STOP_WORDS.contains(token)) {
                distinctive.add(token);
            }
        }
        return distinctive.isEmpty() ? tokens : distinctive;
    }

    /**
     * The token and, if long enough, the token with each one letter deleted: two tokens one edit apart
     * share one of these ("SCHELL" and "SHELL" share SHELL, "APPEL" and "APPLE" share APPL). A token
     * longer than {@value #DELETES_UP_TO} gives only itself.
     */
    static List<String> deletions(String token) {
        List<String> keys = new ArrayList<>(Math.min(token.length(), DELETES_UP_TO) + 1);
        keys.add(token);
        if (token.length() >= DELETES_FROM && token.length() <= DELETES_UP_TO) {
            for (int i = 0; i < token.length(); i++) {
                String key = token.substring(0, i) + token.substring(i + 1);
                if (!key.equals(keys.get(keys.size() - 1))) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /** The first letters of a long token, or null for a short one. */
    static String prefix(String token) {
        return token.length() > PREFIX ? token.substring(0, PREFIX) : null;
    }
}
