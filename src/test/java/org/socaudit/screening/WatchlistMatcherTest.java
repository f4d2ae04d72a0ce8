package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.MatchBand;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.model.WatchlistMatch;

class WatchlistMatcherTest {

    private static WatchlistEntry entry(String name) {
        return new WatchlistEntry(name, null, List.of(), "test");
    }

    private static List<WatchlistMatch> match(String supplier, WatchlistEntry... entries) {
        return new WatchlistMatcher(List.of(entries)).match(supplier, null);
    }

    private static WatchlistMatch only(List<WatchlistMatch> matches) {
        assertEquals(1, matches.size(), () -> "matches: " + matches);
        return matches.get(0);
    }

    @Test
    void ignoresLegalFormsButSaysSo() {
        WatchlistMatch m = only(match("Acme Cleaning Ltd", entry("ACME CLEANING LIMITED")));

        assertEquals(MatchBand.STRONG, m.band());
        assertEquals(1.0, m.score());
        assertEquals(
                "same name once normalised: 'ACME CLEANING' ~ 'ACME CLEANING'; legal forms 'Ltd' and 'LIMITED' ignored",
                m.reason());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Acme Co Ltd        | ACME",
                "Société Générale       | SOCIETE GENERALE SA",
                "Procter & Gamble       | Procter and Gamble Ltd",
                "A.B.C.D. Services      | ABCD Services",
                "Good Will Cars         | Goodwill Cars Ltd",
            })
    void matchesNamesThatDifferOnlyInFormStrongly(String supplier, String watchlisted) {
        WatchlistMatch m = only(match(supplier, entry(watchlisted)));

        assertEquals(MatchBand.STRONG, m.band());
        assertEquals(1.0, m.score());
    }

    @Test
    void explainsANearMatchWithBothNamesAndTheScores() {
        WatchlistMatch m = only(match("Acme Cleaning Ltd", entry("Acme Cleaning Services")));

        assertEquals(MatchBand.REVIEW, m.band());
        assertTrue(
                m.reason()
                        .matches("names alike \\(Jaro-Winkler 0\\.\\d\\d, token set 0\\.\\d\\d\\): "
                                + "'ACME CLEANING' ~ 'ACME CLEANING SERVICES'; legal form 'Ltd' ignored"),
                m.reason());
    }

    @Test
    void matchesAMisspeltName() {
        WatchlistMatch m = only(match("Crystalord Limited", entry("Cristalord Ltd")));

        assertEquals(MatchBand.REVIEW, m.band());
        assertEquals(WatchlistMatcher.similarity("Crystalord Limited", "Cristalord Ltd"), m.score());
    }

    @Test
    void matchesTheSuppliersTradingName() {
        WatchlistMatch m = only(match("John Smith T/A Ocean Builders", entry("Ocean Builders Ltd")));

        assertEquals(MatchBand.STRONG, m.band());
        assertEquals("John Smith T/A Ocean Builders", m.supplierName());
        assertTrue(
                m.reason().contains("trading name 'Ocean Builders' matches watchlist name 'Ocean Builders Ltd'"),
                m.reason());
    }

    @Test
    void matchesTheWatchlistedTradingName() {
        WatchlistMatch m = only(match("Harbour Cars Ltd", entry("Joe Bloggs trading as Harbour Cars")));

        assertEquals(MatchBand.STRONG, m.band());
        assertEquals("Harbour Cars", m.matchedName());
        assertTrue(m.reason().contains("matches watchlist trading name 'Harbour Cars'"), m.reason());
    }

    @Test
    void matchesAnAlias() {
        WatchlistEntry entry = new WatchlistEntry("Northern Haulage Ltd", null, List.of("Ocean Builders"), "test");

        WatchlistMatch m = only(match("Ocean Builder Ltd", entry));

        assertEquals(entry, m.entry());
        assertEquals("Ocean Builders", m.matchedName());
        assertTrue(m.reason().contains("name 'Ocean Builder Ltd' matches alias 'Ocean Builders'"), m.reason());
    }

    @Test
    void reportsAnEntryOnceThoughSeveralOfItsNamesMatch() {
        WatchlistEntry entry = new WatchlistEntry("Ocean Builders Ltd", null, List.of("Ocean Builders"), "test");

        WatchlistMatch m = only(match("Ocean Builders", entry));

        assertEquals(MatchBand.STRONG, m.band());
    }

    @Test
    void companyNumberDecidesEvenWhenTheNamesDiffer() {
        WatchlistEntry entry = new WatchlistEntry("Acme Cleaning Ltd", "1234567", List.of(), "test");

        WatchlistMatch m = only(new WatchlistMatcher(List.of(entry)).match("Totally Different Name Ltd", "01234567"));

        assertEquals(MatchBand.STRONG, m.band());
        assertEquals(1.0, m.score());
        assertEquals("same company number 01234567", m.reason());
        assertEquals("01234567", m.supplierCompanyNumber());
    }

    @Test
    void aDifferentCompanyNumberMakesANameMatchReviewOnly() {
        WatchlistEntry entry = new WatchlistEntry("Acme Cleaning Ltd", "SC123456", List.of(), "test");

        WatchlistMatch m = only(new WatchlistMatcher(List.of(entry)).match("Acme Cleaning Ltd", "01234567"));

        assertEquals(MatchBand.REVIEW, m.band());
        assertTrue(m.reason().contains("company numbers differ (01234567, SC123456)"), m.reason());
    }

    @ParameterizedTest
    @CsvSource({"ABC Ltd, ABC Limited", "BD plc, B.D. plc", "BMW AG, BMW Aktiengesellschaft", "NABC Company, ABC Co"})
    void shortNamesAreNeverStrong(String supplier, String watchlisted) {
        WatchlistMatch m = only(match(supplier, entry(watchlisted)));

        assertEquals(MatchBand.REVIEW, m.band());
        assertTrue(m.reason().contains("name of three characters or fewer: review at most"), m.reason());
    }

    @Test
    void unrelatedNamesDoNotMatch() {
        assertEquals(List.of(), match("Bradford Taxis Ltd", entry("Keighley Skip Hire Ltd")));
        assertEquals(List.of(), match("Volkswagen AG", entry("Siemens AG")));
    }

    @Test
    void sortsMatchesStrongestFirst() {
        List<WatchlistMatch> matches = match(
                "Acme Cleaning Ltd",
                entry("Acme Cleaning Services Ltd"),
                entry("Acme Cleening"),
                entry("ACME CLEANING"),
                entry("Acme Clean"));

        assertEquals("ACME CLEANING", matches.get(0).entry().name());
        assertEquals(MatchBand.STRONG, matches.get(0).band());
        for (int i = 1; i < matches.size(); i++) {
            WatchlistMatch before = matches.get(i - 1);
            WatchlistMatch after = matches.get(i);
            assertTrue(before.band().compareTo(after.band()) < 0
                    || before.band() == after.band() && before.score() >= after.score());
        }
    }

    @Test
    void similarityIsOneForTheSameNameAndLowForUnrelatedOnes() {
        assertEquals(1.0, WatchlistMatcher.similarity("Acme Cleaning Ltd", "ACME CLEANING LIMITED"));
        assertTrue(WatchlistMatcher.similarity("Bradford Taxis", "Keighley Skip Hire") < WatchlistMatcher.REVIEW);
        assertEquals(0.0, WatchlistMatcher.similarity("Acme", "---"));
    }

    @Test
    void findsCandidatesInTheIndexNotByComparingEveryEntry() {
        List<WatchlistEntry> entries = generated(20_000);
        WatchlistIndex index = new WatchlistIndex(entries);

        // A name sharing no token with the list finds nothing to score at all.
        assertEquals(List.of(), index.candidates(NormalisedName.of("Zyxwvut Qqqq Ltd")));
        // A name sharing a word with thousands of entries has only a few scored.
        assertTrue(index.candidates(NormalisedName.of("Acme Cleaning")).size() <= WatchlistIndex.MAX_CANDIDATES);

        WatchlistMatcher matcher = new WatchlistMatcher(entries);
        assertEquals(List.of(), matcher.match("Zyxwvut Qqqq Ltd", null));
        WatchlistMatch found = matcher.match("Bravo Kilo Cleaning Ltd", null).get(0);
        assertEquals("BRAVO KILO CLEANING", found.entry().name());
        assertEquals(MatchBand.STRONG, found.band());
    }

    @Test
    void givesTheSameMatchesFromManyThreads() {
        List<WatchlistEntry> entries = generated(2_000);
        WatchlistMatcher matcher = new WatchlistMatcher(entries);
        List<String> suppliers = entries.stream().map(e -> e.name() + " Ltd").toList();

        List<List<WatchlistMatch>> oneThread =
                suppliers.stream().map(s -> matcher.match(s, null)).toList();
        List<List<WatchlistMatch>> manyThreads =
                suppliers.parallelStream().map(s -> matcher.match(s, null)).toList();

        assertEquals(oneThread, manyThreads);
    }

    /** Names of two made-up words and a trade, the trade shared by a fifth of the list. */
    private static List<WatchlistEntry> generated(int count) {
        String[] syllables = {"BA", "KO", "RI", "TE", "MU", "LA", "NE", "SO", "DI", "VA", "GE", "PO", "ZU", "FI"};
        String[] trades = {"CLEANING", "TAXIS", "WASTE", "BUILDERS", "MOTORS"};
        Random random = new Random(4);
        List<WatchlistEntry> entries = new ArrayList<>();
        entries.add(entry("BRAVO KILO CLEANING"));
        while (entries.size() < count) {
            StringBuilder name = new StringBuilder();
            for (int word = 0; word < 2; word++) {
                for (int s = 0; s < 3; s++) {
                    name.append(syllables[random.nextInt(syllables.length)]);
                }
                name.append(' ');
            }
            entries.add(entry(name + trades[random.nextInt(trades.length)]));
        }
        return entries;
    }

    @Test
    void entryNumbersAreComparedWithoutSpacesInUpperCaseAndPaddedToEightDigits() {
        assertEquals("00001234", WatchlistMatcher.companyNumber(" 12 34\t"));
        assertEquals("SC123456", WatchlistMatcher.companyNumber("sc 123456"));
        assertEquals("OC301234", WatchlistMatcher.companyNumber("oc301234\r\n"));
        assertEquals("123456789", WatchlistMatcher.companyNumber("123456789"));
        // A no-break space is not one of the spaces taken out, so this is not all digits.
        assertEquals("12\u00A034", WatchlistMatcher.companyNumber("12\u00A034"));
        assertNull(WatchlistMatcher.companyNumber(" \t\n"));
        assertNull(WatchlistMatcher.companyNumber(null));
    }
}
