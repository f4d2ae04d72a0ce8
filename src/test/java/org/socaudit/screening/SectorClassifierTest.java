package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socaudit.model.Keyword;
import org.socaudit.model.KeywordScope;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorHit;
import org.socaudit.model.SectorRule;
import org.socaudit.model.SupplierProfile;
import org.socaudit.xml.BundledContent;

class SectorClassifierTest {

    private final SectorClassifier classifier = new SectorClassifier(BundledContent.sectors());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SKIPTON BUILDING SOCIETY",
                "NAILSEA TOWN COUNCIL",
                "BARCLAYS BANK PLC",
                "CABINET OFFICE",
                "PUBLIC HEALTH ENGLAND",
                "TARMAC TRADING LTD"
            })
    void decoysAreNotInAnySectorByName(String name) {
        assertEquals(List.of(), classifier.classify(named(name)).hits());
    }

    @ParameterizedTest
    @CsvSource({
        "ACE TAXIS LTD, VEHICLES_TRANSPORT, taxis",
        "BRADFORD SKIP HIRE LIMITED, ENVIRONMENTAL, skip hire",
        "THE KINGS HEAD PUB, LICENSED_PREMISES, pub",
        "NIGHTWATCH EVENT SECURITY LTD, SECURITY, security"
    })
    void keywordsFireOnWholeWordsAndSayWhichRule(String name, String sector, String word) {
        List<SectorHit> hits = classifier.classify(named(name)).hits();

        assertTrue(
                hits.stream()
                        .anyMatch(h -> h.sectorId().equals(sector)
                                && h.rule() == SectorRule.NAME_KEYWORD
                                && h.evidence().toLowerCase().contains(word)),
                hits.toString());
    }

    @Test
    void sicCodesMatchExactlyWithTheirTier() {
        List<SectorHit> hits = classifier
                .classify(profile("ACME", List.of("49320"), List.of(), List.of()))
                .hits();

        assertEquals(1, hits.size());
        assertEquals("VEHICLES_TRANSPORT", hits.get(0).sectorId());
        assertEquals(SectorRule.SIC_CORE, hits.get(0).rule());
        assertEquals("49320 Taxi operation", hits.get(0).evidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999", "7487", "74878", "12345"})
    void dormantAndOldSicCodesAreUnknownNeverSafe(String code) {
        SectorClassifier.Classification result =
                classifier.classify(profile("ACME", List.of(code), List.of(), List.of()));

        assertEquals(List.of(code), result.unknownSicCodes());
    }

    @Test
    void cpvCodesMatchByPrefixIgnoringTheCheckDigit() {
        // 90500000-2 (refuse and waste related services) covers 90511000 (refuse collection services).
        List<SectorHit> hits = classifier
                .classify(profile("ACME", List.of(), List.of("90511000-6"), List.of()))
                .hits();

        assertTrue(
                hits.stream().anyMatch(h -> h.sectorId().equals("ENVIRONMENTAL") && h.rule() == SectorRule.CPV),
                hits.toString());
    }

    @Test
    void spendCategoriesAreMatchedButPayingServicesAreNot() {
        SupplierProfile profile = new SupplierProfile(
                "ACME SUPPLIES",
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                100,
                1,
                null,
                null,
                List.of("Waste Services"),
                List.of("Stationery"));

        assertEquals(List.of(), classifier.classify(profile).hits());
        SupplierProfile skips = new SupplierProfile(
                "ACME SUPPLIES",
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                100,
                1,
                null,
                null,
                List.of("Finance"),
                List.of("Skip Hire"));
        assertTrue(classifier.classify(skips).hits().stream()
                .anyMatch(h ->
                        h.rule() == SectorRule.CATEGORY_KEYWORD && h.sectorId().equals("ENVIRONMENTAL")));
    }

    @Test
    void significantCpvDigitsDropTrailingZerosAndCheckDigit() {
        assertEquals("905", SectorClassifier.significantDigits("90500000-2"));
        assertEquals("6012", SectorClassifier.significantDigits("60120000-5"));
        assertEquals("45", SectorClassifier.significantDigits("45000000-7"));
    }

    private static SupplierProfile named(String name) {
        return profile(name, List.of(), List.of(), List.of());
    }

    private static SupplierProfile profile(String name, List<String> sic, List<String> cpv, List<String> categories) {
        return new SupplierProfile(name, List.of(), null, null, sic, cpv, 0, 0, null, null, List.of(), categories);
    }

    @Test
    void lookingOnlyAtTextsWithAKeywordsFirstWordFindsWhatSearchingEveryTextFinds() {
        // Fragments of keywords, decoys, odd letters that fold to plain ones (long s, dotless i,
        // Kelvin sign), accents and the separators council files use.
        String[] parts = {
            "skip",
            "SKIP",
            "hire",
            "skiptOn",
            "taxi",
            "TAXIS",
            "cab",
            "cabinet",
            "pub",
            "public",
            "bar",
            "barclays",
            "nail",
            "nailsea",
            "fly",
            "tipping",
            "working",
            "men's",
            "club",
            "waste",
            "scrap",
            "car",
            "wash",
            "\u017Fkip",
            "t\u0131pping",
            "\u212Aebab",
            "caf\u00E9",
            // Letters and digits outside the BMP (surrogate pairs), and a lone surrogate.
            "\uD835\uDC00",
            "\uD835\uDFCE",
            "\uD840\uDC00",
            "\uD835",
            "Ltd",
            "&",
            "2",
            "24",
            "1st"
        };
        String[] gaps = {" ", "  ", "-", "'", "/", "\u00A0", "", ".", ",", "\t"};
        Random random = new Random(20261125);
        int found = 0;
        for (RiskSector sector : BundledContent.sectors().sectors()) {
            for (KeywordScope scope : List.of(KeywordScope.NAME, KeywordScope.CATEGORY)) {
                var keywords = SectorClassifier.compile(sector, scope);
                if (keywords.isEmpty()) {
                    continue;
                }
                SectorClassifier.KeywordPattern pattern = keywords.get();
                for (int i = 0; i < 3_000; i++) {
                    StringBuilder text = new StringBuilder();
                    int n = 1 + random.nextInt(5);
                    for (int w = 0; w < n; w++) {
                        text.append(parts[random.nextInt(parts.length)]);
                        text.append(gaps[random.nextInt(gaps.length)]);
                    }
                    String t = text.toString();
                    Optional<String> searched = pattern.search(t);
                    assertEquals(
                            searched,
                            pattern.find(t, SectorClassifier.KeywordPattern.words(t)),
                            sector.id() + " " + scope + ": '" + t + "'");
                    found += searched.isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(found > 1_000, "the texts should often hold a keyword, held " + found);
    }

    @Test
    void aKeywordStraightAfterALetterOutsideTheBmpIsFoundAsTheFullSearchFindsIt() {
        // The pattern's look-behind sees only the low surrogate of MATHEMATICAL BOLD CAPITAL A (U+1D400)
        // and so finds 'waste'; the shortcut must not skip the text.
        for (String name : List.of("\uD835\uDC00WASTE LTD", "\uD840\uDC00TAXIS", "\uD835\uDFCF SKIP HIRE")) {
            for (RiskSector sector : BundledContent.sectors().sectors()) {
                var pattern = SectorClassifier.compile(sector, KeywordScope.NAME);
                if (pattern.isPresent()) {
                    assertEquals(
                            pattern.get().search(name),
                            pattern.get().find(name, SectorClassifier.KeywordPattern.words(name)),
                            sector.id() + ": " + name);
                }
            }
        }
        assertTrue(classifier.classify(named("\uD835\uDC00WASTE LTD")).hits().stream()
                .anyMatch(h -> h.sectorId().equals("ENVIRONMENTAL") && h.rule() == SectorRule.NAME_KEYWORD));
    }

    private static RiskSector sectorOf(String... keywords) {
        return new RiskSector(
                "TEST",
                "Test",
                List.of("example"),
                List.of(),
                List.of(),
                List.of(),
                Stream.of(keywords).map(k -> new Keyword(k, KeywordScope.BOTH)).toList());
    }

    @Test
    void aNonAsciiKeywordIsLookedForByItsFirstWordAsThePatternFindsIt() {
        RiskSector sector = sectorOf(
                "café bar", "Zoë", "crème brûlée", "Øresund taxis", "straße", "İzmir kebab", "ſkip", "ᾳlpha", "skip");
        SectorClassifier.KeywordPattern pattern =
                SectorClassifier.compile(sector, KeywordScope.NAME).orElseThrow();
        assertTrue(pattern.firstWords() != null, "non-ASCII letters must not make every text searched");

        // Case variants, letters that fold alike (dotted and dotless i, long s, iota and its
        // combining form), and separators.
        String[] parts = {
            "café",
            "CAFÉ",
            "Cafe",
            "bar",
            "BAR",
            "zoë",
            "ZOË",
            "crème",
            "CRÈME",
            "brûlée",
            "øresund",
            "ØRESUND",
            "taxis",
            "STRASSE",
            "straße",
            "STRAßE",
            "izmir",
            "İZMİR",
            "ızmır",
            "kebab",
            "skip",
            "SKIP",
            "ſkip",
            "ᾳlpha",
            "ᾼLPHA",
            "\u0345",
            "\u03B9",
            "\u1FBE",
            "\uD835\uDC00",
            "Ltd"
        };
        String[] gaps = {" ", "  ", "-", "", ".", "\u00A0", "\t"};
        Random random = new Random(14);
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 1 + random.nextInt(4); w > 0; w--) {
                text.append(parts[random.nextInt(parts.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            String t = text.toString();
            Optional<String> searched = pattern.search(t);
            assertEquals(searched, pattern.find(t, SectorClassifier.KeywordPattern.words(t)), () -> "'" + t + "'");
            found += searched.isPresent() ? 1 : 0;
        }
        assertTrue(found > 2_000, "the texts should often hold a keyword, held " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"£ bar", "-skip", "\uD835\uDC00 waste", "t\u0345xi"})
    void aKeywordThatCannotBeFoundByItsFirstWordMakesEveryTextSearched(String keyword) {
        assertEquals(null, SectorClassifier.KeywordPattern.firstWord(keyword));
        assertEquals(
                null,
                SectorClassifier.compile(sectorOf("skip", keyword), KeywordScope.NAME)
                        .orElseThrow()
                        .firstWords());
    }
}
