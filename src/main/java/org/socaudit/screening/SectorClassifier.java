package org.socaudit.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.socaudit.model.CpvCode;
import org.socaudit.model.Keyword;
import org.socaudit.model.KeywordScope;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SectorHit;
import org.socaudit.model.SectorRule;
import org.socaudit.model.SicCode;
import org.socaudit.model.SicTier;
import org.socaudit.model.SupplierProfile;

/**
 * Puts suppliers into high-risk sectors and says which rule fired: an exact SIC 2007 code, a CPV
 * code by prefix (trailing zeros and the check digit ignored), or a keyword found as a whole word
 * in a name or spend category, so that SKIPTON is not skip hire and BARCLAYS is not a bar.
 */
public final class SectorClassifier {

    private final Map<String, SectorHit> sicHits = new HashMap<>();
    private final List<CpvPrefix> cpvPrefixes = new ArrayList<>();
    private final List<KeywordPattern> namePatterns = new ArrayList<>();
    private final List<KeywordPattern> categoryPatterns = new ArrayList<>();
    private final Map<String, List<SectorHit>> categoryCache = new ConcurrentHashMap<>();

    /** Compiles the catalogue's codes and keywords once. */
    public SectorClassifier(SectorCatalogue catalogue) {
        for (RiskSector sector : catalogue.sectors()) {
            for (SicCode sic : sector.sicCodes()) {
                SectorRule rule = sic.tier() == SicTier.CORE ? SectorRule.SIC_CORE : SectorRule.SIC_EXTENDED;
                sicHits.putIfAbsent(sic.code(), new SectorHit(sector.id(), rule, sic.code() + " " + sic.title()));
            }
            for (CpvCode cpv : sector.cpvCodes()) {
                cpvPrefixes.add(new CpvPrefix(sector.id(), significantDigits(cpv.code()), cpv));
            }
            compile(sector, KeywordScope.NAME).ifPresent(namePatterns::add);
            compile(sector, KeywordScope.CATEGORY).ifPresent(categoryPatterns::add);
        }
    }

    /** Every sector hit for a supplier, strongest evidence first, and unknown SIC codes found on the way. */
    public Classification classify(SupplierProfile supplier) {
        Set<SectorHit> hits = new LinkedHashSet<>();
        List<String> unknownSic = new ArrayList<>();
        for (String code : supplier.sicCodes()) {
            SectorHit hit = sicHits.get(code);
            if (hit != null) {
                hits.add(hit);
            } else if (!SicCodes.isKnownActivity(code)) {
                unknownSic.add(code);
            }
        }
        for (String code : supplier.cpvCodes()) {
            String digits = code.replaceAll("[^0-9]", "");
            for (CpvPrefix prefix : cpvPrefixes) {
                if (digits.length() >= 8 && digits.startsWith(prefix.digits())) {
                    hits.add(new SectorHit(
                            prefix.sectorId(),
                            SectorRule.CPV,
                            code + " under " + prefix.code().code() + " "
                                    + prefix.code().title()));
                }
            }
        }
        List<String> names = new ArrayList<>();
        names.add(supplier.name());
        names.addAll(supplier.otherNames());
        for (String name : names) {
            Set<String> words = KeywordPattern.words(name);
            for (KeywordPattern pattern : namePatterns) {
                pattern.find(name, words)
                        .ifPresent(word -> hits.add(new SectorHit(
                                pattern.sectorId(), SectorRule.NAME_KEYWORD, "'" + word + "' in '" + name + "'")));
            }
        }
        // Only spend categories describe what was bought; the paying service says nothing of the trade.
        for (String text : supplier.categories()) {
            hits.addAll(categoryHits(text));
        }
        return new Classification(List.copyOf(hits), unknownSic);
    }

    /** The sectors of a supplier and any SIC codes that say nothing about its trade. */
    public record Classification(List<SectorHit> hits, List<String> unknownSicCodes) {}

    /** Categories repeat across suppliers, so each distinct text is matched once. */
    private List<SectorHit> categoryHits(String text) {
        return categoryCache.computeIfAbsent(text, t -> {
            List<SectorHit> hits = new ArrayList<>();
            Set<String> words = KeywordPattern.words(t);
            for (KeywordPattern pattern : categoryPatterns) {
                pattern.find(t, words)
                        .ifPresent(word -> hits.add(new SectorHit(
                                pattern.sectorId(), SectorRule.CATEGORY_KEYWORD, "'" + word + "' in '" + t + "'")));
            }
            return List.copyOf(hits);
        });
    }

    /** The digits of a CPV code that matter for prefix matching: trailing zeros and check digit dropped. */
    static String significantDigits(String cpvCode) {
        String digits = cpvCode.replaceAll("-.*$", "").replaceAll("[^0-9]", "");
        String trimmed = digits.replaceAll("0+$", "");
        return trimmed.length() < 2 ? digits.substring(0, Math.min(2, digits.length())) : trimmed;
    }

    static java.util.Optional<KeywordPattern> compile(RiskSector sector, KeywordScope scope) {
        List<String> words = sector.keywords().stream()
                .filter(k -> k.scope() == scope || k.scope() == KeywordScope.BOTH)
                .map(Keyword::text)
                .sorted((a, b) -> b.length() - a.length())
                .toList();
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        String alternatives = words.stream()
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Set<String> firstWords = new HashSet<>();
        for (String word : words) {
            String first = KeywordPattern.firstWord(word);
            if (first == null) {
                // One keyword that cannot be looked for by its first word makes every text searched.
                firstWords = null;
                break;
            }
            firstWords.add(first);
        }
        return java.util.Optional.of(new KeywordPattern(sector.id(), pattern, firstWords));
    }

    private record CpvPrefix(String sectorId, String digits, CpvCode code) {}

    /**
     * One sector's keywords as a pattern, and the first word of each. A keyword starts a whole word
     * of the text it is found in, and its first word is followed by a character that is not a letter
     * or digit, so the text has that word as one of its own: a text without any of them cannot match
     * and is not searched. Most names have none, and the search is the costly part of screening.
     */
    record KeywordPattern(String sectorId, Pattern pattern, Set<String> firstWords) {

        /** Folded forms that both a letter or digit and some other character fold to. */
        private static final boolean[] AMBIGUOUS_FOLDS = ambiguousFolds();

        /** The keyword as written in the text, if the text has one. */
        java.util.Optional<String> find(String text, Set<String> textWords) {
            if (text == null || firstWords != null && Collections.disjoint(firstWords, textWords)) {
                return java.util.Optional.empty();
            }
            return search(text);
        }

        /** As {@link #find(String, Set)}, always searching: what the shortcut must agree with. */
        java.util.Optional<String> search(String text) {
            if (text == null) {
                return java.util.Optional.empty();
            }
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
        }

        /**
         * The first word of a keyword as {@link #wordList} folds it, or null when a text could hold the
         * keyword without holding that word: the keyword starts with neither a letter nor a digit, has a
         * letter outside the BMP, or has a character that folds alike to a letter and a non-letter (only
         * U+0345, which folds to iota). Accented and other non-ASCII letters are fine: the pattern folds
         * each character as wordList does, so a non-ASCII keyword no longer makes every text searched.
         */
        static String firstWord(String keyword) {
            if (keyword.isEmpty() || !isLetterOrNumber(keyword.charAt(0))) {
                return null;
            }
            for (int i = 0; i < keyword.length(); i++) {
                char c = keyword.charAt(i);
                if (Character.isSurrogate(c) || AMBIGUOUS_FOLDS[fold(c)]) {
                    return null;
                }
            }
            return wordList(keyword).get(0);
        }

        /** The case folding of {@code CASE_INSENSITIVE | UNICODE_CASE} for one UTF-16 unit. */
        private static char fold(char c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        private static boolean[] ambiguousFolds() {
            boolean[] letter = new boolean[Character.MAX_VALUE + 1];
            boolean[] other = new boolean[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                char f = fold((char) c);
                mark(isLetterOrNumber(c) ? letter : other, f);
                mark(isLetterOrNumber(f) ? letter : other, f);
                // Folding twice must change nothing, or the shortcut's words would differ from the pattern's.
                if (fold(f) != f) {
                    letter[f] = true;
                    other[f] = true;
                }
            }
            boolean[] ambiguous = new boolean[letter.length];
            for (int f = 0; f < ambiguous.length; f++) {
                ambiguous[f] = letter[f] && other[f];
            }
            return ambiguous;
        }

        private static void mark(boolean[] folds, char f) {
            folds[f] = true;
        }

        /** The distinct words of a text (runs of letters and digits), case-folded as the pattern compares. */
        static Set<String> words(String text) {
            return text == null ? Set.of() : new HashSet<>(wordList(text));
        }

        /**
         * The words of a text in order, case-folded one character at a time as the pattern compares them.
         * The text is read a UTF-16 unit at a time, not a code point at a time: the pattern's look-behind
         * looks at the one unit before a match, which for a letter outside the BMP (a surrogate pair) is
         * a low surrogate, not a letter, so WASTE straight after U+1D400 (bold A) matches. A surrogate therefore
         * ends a word here too; that can only add words, so the shortcut never skips a text that matches.
         */
        static List<String> wordList(String text) {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isLetterOrNumber(c)) {
                    word.append(Character.toLowerCase(Character.toUpperCase(c)));
                } else if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            if (word.length() > 0) {
                words.add(word.toString());
            }
            return words;
        }

        /** What {@code [\p{L}\p{N}]} matches (a surrogate, alone, is neither). */
        private static boolean isLetterOrNumber(int c) {
            int type = Character.getType(c);
            return Character.isLetter(c)
                    || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }
}
