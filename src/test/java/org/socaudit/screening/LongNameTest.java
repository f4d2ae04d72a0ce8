package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socaudit.model.MatchBand;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.model.WatchlistMatch;

/**
 * Names far longer than any real one: matching compares their first {@value
 * NameNormaliser#MATCHED_CHARS} characters, shows them whole, and every step stays bounded. The
 * timeouts are generous (a minute, where the run takes well under a second) and only there so that a
 * return to quadratic work fails rather than hangs; what is asserted is the outcome.
 */
class LongNameTest {

    private static final Duration BOUNDED = Duration.ofMinutes(1);

    /** Words of a few letters from a small alphabet: many tokens alike to each other, the hard case. */
    private static String words(long seed, int length) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length + 10);
        while (text.length() < length) {
            int letters = 4 + random.nextInt(6);
            for (int i = 0; i < letters; i++) {
                text.append("abc".charAt(random.nextInt(3)));
            }
            text.append(' ');
        }
        return text.substring(0, length).strip();
    }

    @Test
    void aMegabyteNameIsMatchedOnItsStartAndShownWhole() {
        String start = "Northbridge Skip Hire ";
        String supplier = start + words(1, 1_000_000);
        String watchlisted = supplier.substring(0, 300) + words(3, 1_000_000);

        List<WatchlistMatch> matches = assertTimeoutPreemptively(
                BOUNDED, () -> new WatchlistMatcher(List.of(new WatchlistEntry(watchlisted, null, List.of(), "test")))
                        .match(supplier, null));

        assertEquals(1, matches.size(), () -> "matches: " + matches.size());
        WatchlistMatch match = matches.get(0);
        assertEquals(supplier, match.supplierName(), "the full name is what is shown");
        assertTrue(
                match.reason().endsWith("only the first 200 characters of the supplier's name compared"),
                match::reason);
        assertTrue(
                match.reason().length() < 2_000,
                () -> "a bounded reason, not " + match.reason().length());
    }

    @Test
    void namesAlikeOnlyInTheirFirstTwoHundredCharactersAreTheSameToMatching() {
        String start = words(2, NameNormaliser.MATCHED_CHARS);
        String one = start + " Alpha Cleaning";
        String other = start + " Zulu Plumbing";

        assertEquals(1.0, WatchlistMatcher.similarity(one, other));
        assertTrue(WatchlistMatcher.similarity(start + " Alpha", start.substring(0, 150) + " Zulu") < 1.0);
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String name = "a".repeat(NameNormaliser.MATCHED_CHARS - 1) + "\uD835\uDC00" + "b".repeat(10);

        String cut = NameNormaliser.forMatching(name);

        assertEquals(NameNormaliser.MATCHED_CHARS - 1, cut.length());
        assertEquals("short name", NameNormaliser.forMatching("short name"));
    }

    @Test
    void aLongRunOfSeparatorsBeforeATradingNameIsSplitInLinearTime() {
        String name = "Smith" + " ".repeat(500_000) + "/" + " ".repeat(500_000) + "t/a Acme Skips";

        List<String> names = assertTimeoutPreemptively(BOUNDED, () -> NameNormaliser.tradingNames(name));

        assertEquals(List.of("Smith" + " ".repeat(500_000) + "/", "Acme Skips"), names);
    }

    @Test
    void theLinearTradingNamePatternSplitsAsTheOldOneDid() {
        Pattern old = Pattern.compile("(?i)(?:^|[\\s,(]+)(?:t\\s*/\\s*as?|trading\\s+as)(?=[\\s:]|$)[\\s:]*");
        String[] parts = {"Smith", "t/a", "T/AS", "trading as", "TRADING", " ", "  ", ",", "(", ")", ":", "/", "Acme"};
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder name = new StringBuilder();
            for (int p = random.nextInt(8); p >= 0; p--) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            String n = name.toString();
            List<String> expected = expectedTradingNames(old, n);
            assertEquals(expected, NameNormaliser.tradingNames(n), () -> "'" + n + "'");
        }
    }

    /** What tradingNames gave with the old pattern: the pattern runs only on names with a slash or "trading". */
    private static List<String> expectedTradingNames(Pattern old, String name) {
        boolean mayHave =
                name.indexOf('/') >= 0 || name.toLowerCase(Locale.ROOT).contains("trading");
        List<String> names = new ArrayList<>();
        for (String part : mayHave ? old.split(name) : new String[] {name}) {
            String t = part.strip();
            if (t.endsWith(")") && t.indexOf('(') < 0) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (t.endsWith(",")) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (!t.isEmpty()) {
                names.add(t);
            }
        }
        return names.isEmpty() ? List.of(name.trim()) : List.copyOf(names);
    }

    @Test
    void aVeryLongTokenIsFiledOnlyWhole() {
        String token = "A".repeat(500_000);

        List<String> keys = assertTimeoutPreemptively(BOUNDED, () -> BlockingKeys.deletions(token));

        assertEquals(List.of(token), keys);
        assertEquals(
                BlockingKeys.DELETES_UP_TO + 1,
                BlockingKeys.deletions("AB".repeat(16)).size());
    }

    @Test
    void aWatchlistOfLongNamesStaysSmallAndStillMatches() {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            entries.add(new WatchlistEntry(words(100 + i, 100_000), null, List.of(words(5_000 + i, 50_000)), "test"));
        }
        entries.add(new WatchlistEntry("Nightwatch Security (Events) Ltd", null, List.of(), "test"));

        List<WatchlistMatch> matches = assertTimeoutPreemptively(
                BOUNDED, () -> new WatchlistMatcher(entries).match("Nightwatch Security Events Limited", null));

        assertEquals(MatchBand.STRONG, matches.get(0).band());
        assertEquals("Nightwatch Security (Events) Ltd", matches.get(0).entry().name());
    }
}
