package org.socaudit.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Splits a raw name into folded word tokens that remember where in the raw name they came from. */
final class NameTokens {

    /** A folded word (upper case, no accents) and its span in the raw name, kept for evidence. */
    record Token(String text, int start, int end) {}

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

    private static final Map<Character, String> UNDECOMPOSED =
            Map.of('Æ', "AE", 'Ø', "O", 'Œ', "OE", 'Ł', "L", 'Đ', "D", 'Þ', "TH", 'ẞ', "SS");

    private NameTokens() {}

    /**
     * The tokens of a raw name: letters and digits fold to upper case without accents, '&' and '+'
     * become AND, apostrophes join ("Poor's" is POORS), anything else separates, and runs of single
     * letters with dots between them join so that "A.B.C." is ABC and "S.A.R.L." is SARL.
     */
    static List<Token> of(String raw) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (word.length() == 0) {
                    start = i;
                }
                if (c < 128) {
                    word.append(Character.toUpperCase(c));
                } else {
                    word.append(fold(c));
                }
            } else if (isApostrophe(c) && word.length() > 0) {
                continue;
            } else {
                flush(tokens, word, start, i);
                if (c == '&' || c == '+') {
                    tokens.add(new Token("AND", i, i + 1));
                }
            }
        }
        flush(tokens, word, start, raw.length());
        return joinInitials(raw, tokens);
    }

    private static void flush(List<Token> tokens, StringBuilder word, int start, int end) {
        if (word.length() > 0) {
            tokens.add(new Token(word.toString(), start, end));
            word.setLength(0);
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    /**
     * NFD splits an accented letter into the letter and combining marks, which are dropped; the few
     * Latin letters it leaves whole are spelt out.
     */
    private static String fold(char c) {
        String spelt = UNDECOMPOSED.get(Character.toUpperCase(c));
        if (spelt != null) {
            return spelt;
        }
        String s = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(s).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static List<Token> joinInitials(String raw, List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int j = i + 1;
            while (j < tokens.size()
                    && isInitial(tokens.get(j - 1))
                    && isInitial(tokens.get(j))
                    && dotted(raw, tokens.get(j - 1), tokens.get(j))) {
                j++;
            }
            if (j - i >= 2) {
                StringBuilder letters = new StringBuilder();
                tokens.subList(i, j).forEach(t -> letters.append(t.text()));
                joined.add(new Token(
                        letters.toString(),
                        tokens.get(i).start(),
                        tokens.get(j - 1).end()));
            } else {
                joined.add(tokens.get(i));
            }
            i = j;
        }
        return joined;
    }

    /** Only a dot joins initials: "A.B.C." is ABC, but in "Fund X L.P." the X stays apart from LP. */
    private static boolean dotted(String raw, Token left, Token right) {
        return raw.substring(left.end(), right.start()).indexOf('.') >= 0;
    }

    private static boolean isInitial(Token token) {
        return token.text().length() == 1 && Character.isLetter(token.text().charAt(0));
    }
}
