package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A header cell as words: lower case, joined words split ({@code PayeeName}, {@code payee_name} and
 * {@code payeename} all read "payee name"), with bracketed qualifiers such as {@code (ex VAT)} or
 * {@code (Creditor)} set aside as words of their own.
 */
record HeaderWords(List<String> words, List<String> qualifiers) {

    HeaderWords {
        words = List.copyOf(words);
        qualifiers = List.copyOf(qualifiers);
    }

    /** The words of a header; {@code lexicon} holds the known words that a run-together word may split into. */
    static HeaderWords of(String header, Set<String> lexicon) {
        if (header == null) {
            return new HeaderWords(List.of(), List.of());
        }
        StringBuilder main = new StringBuilder();
        StringBuilder inner = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
                main.append(' ');
                inner.append(' ');
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                inner.append(' ');
            } else {
                (depth > 0 ? inner : main).append(c);
            }
        }
        return new HeaderWords(split(main, lexicon), split(inner, lexicon));
    }

    /** Whether the header has no words at all. */
    boolean isEmpty() {
        return words.isEmpty() && qualifiers.isEmpty();
    }

    private static List<String> split(CharSequence text, Set<String> lexicon) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '£' || c == '€' || c == '$') {
                words.add(String.valueOf(c));
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < text.length() && (isWordChar(text.charAt(i)) || isApostrophe(text.charAt(i)))) {
                    i++;
                }
                String word = text.subSequence(start, i).toString();
                run(word.replace("'", "").replace("\u2019", ""), words, lexicon);
            } else {
                i++;
            }
        }
        return words;
    }

    /** The words of a run of letters and digits: itself when known ("ProClass"), else split where case or digits change. */
    private static void run(String run, List<String> words, Set<String> lexicon) {
        if (lexicon.contains(run.toLowerCase(Locale.ROOT))) {
            flush(new StringBuilder(run), words, lexicon);
            return;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            char previous = i > 0 ? run.charAt(i - 1) : ' ';
            char next = i + 1 < run.length() ? run.charAt(i + 1) : ' ';
            if (word.length() > 0 && startsWord(previous, c, next)) {
                flush(word, words, lexicon);
            }
            word.append(c);
        }
        flush(word, words, lexicon);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && c != '\uFEFF';
    }

    // An apostrophe joins ("Council's" is one word).
    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** A capital after a small letter, a capital before a small one after capitals, or letters meeting digits. */
    private static boolean startsWord(char previous, char c, char next) {
        if (Character.isUpperCase(c)) {
            return Character.isLowerCase(previous) || Character.isUpperCase(previous) && Character.isLowerCase(next);
        }
        return Character.isDigit(c) != Character.isDigit(previous);
    }

    private static void flush(StringBuilder word, List<String> words, Set<String> lexicon) {
        if (word.length() == 0) {
            return;
        }
        String lower = word.toString().toLowerCase(Locale.ROOT);
        word.setLength(0);
        if (lower.endsWith("s") && lower.length() > 3 && lexicon.contains(lower.substring(0, lower.length() - 1))) {
            // "Suppliers" and "Payees" name the same column as their singular.
            lower = lower.substring(0, lower.length() - 1);
        }
        if (lexicon.contains(lower)) {
            words.add(lower);
            return;
        }
        List<String> parts = segments(lower, lexicon);
        words.addAll(parts == null ? List.of(lower) : parts);
    }

    /**
     * The fewest known words that a run-together word is made of ("suppliername" is "supplier" and
     * "name"), or null when it is not made of known words only.
     */
    static List<String> segments(String word, Set<String> lexicon) {
        int n = word.length();
        int[] parts = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int end = 2; end <= n; end++) {
            for (int start = Math.max(0, end - 20); start <= end - 2; start++) {
                if (parts[start] != Integer.MAX_VALUE
                        && parts[start] + 1 < parts[end]
                        && lexicon.contains(word.substring(start, end))) {
                    parts[end] = parts[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            words.add(0, word.substring(from[end], end));
        }
        return words;
    }
}
