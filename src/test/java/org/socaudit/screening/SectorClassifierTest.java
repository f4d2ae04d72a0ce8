package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socaudit.model.Confidence;
import org.socaudit.model.Keyword;
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

    @ParameterizedTest
    @CsvSource({
        "70333000-4, PROPERTY", // housing services, under 70330000 property management
        "98341000-5, PROPERTY", // accommodation services (temporary accommodation)
        "90650000-8, PROPERTY", // asbestos removal services
        "45262660-5, PROPERTY", // asbestos-removal work, under 45000000
        "77314000-4, ENVIRONMENTAL", // grounds maintenance services
        "90610000-6, ENVIRONMENTAL", // street-cleaning and sweeping services
    })
    void cpvCodesOfTheFlaggedServicesReachTheirSector(String code, String sectorId) {
        List<SectorHit> hits = classifier
                .classify(profile("ACME", List.of(), List.of(code), List.of()))
                .hits();

        assertEquals(List.of(sectorId), hits.stream().map(SectorHit::sectorId).toList(), hits.toString());
    }

    @ParameterizedTest
    @CsvSource({"81300, ENVIRONMENTAL", "55900, PROPERTY", "88910, SERVICE_RETAIL"})
    void sicCodesOfTheFlaggedServicesReachTheirSector(String code, String sectorId) {
        List<SectorHit> hits = classifier
                .classify(profile("ACME", List.of(code), List.of(), List.of()))
                .hits();

        assertEquals(List.of(sectorId), hits.stream().map(SectorHit::sectorId).toList(), hits.toString());
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

    @ParameterizedTest
    @CsvSource({
        "skip hire, ACE SKIP HIRE LTD",
        "skip hire, ACE SKIP-HIRE LTD",
        "skip hire, ACE SKIPHIRE LTD",
        "skip hire, Skip Hires",
        "home care, HOMECARE SOLUTIONS",
        "care home, Carehomes North",
        "taxi, ACE TAXIS",
        "taxis, Ace Taxi",
        "coach hire, Coaches Hire",
        "fish and chips, Fish & Chips Shop",
        "plumbing and heating, Plumbing & Heating",
        "building maintenance, Bldg Maint",
        "working men's club, WORKING MENS CLUB",
        "nursery, Nurseries",
        "café, CAFE ROMA",
        "cctv, C.C.T.V. Services",
        "car wash, Car-Washes of Leeds",
        "minibus, ACE MINIBUSES",
        "minibus hire, Minibuses Hire",
        "children's home, CHILDREN HOME",
        "children's home, Childrens Homes",
        "taxi, TAX\u0131",
        "taxi, \uFF34\uFF21\uFF38\uFF29",
        "fish bar, \uFB01sh bar",
        "skip hire, \u017Fkip hire"
    })
    void aTermIsFoundWhateverItsCaseNumberSpacingHyphensOrAbbreviation(String term, String text) {
        TermMatcher<String> matcher = new TermMatcher<>();
        matcher.add(term, term);

        assertEquals(
                List.of(term),
                matcher.find(text).stream().map(TermMatcher.Found::value).toList(),
                text);
    }

    @ParameterizedTest
    @CsvSource({
        "cab, C A B MOTORS",
        "bingo, BIN GO LTD",
        "taxi, TAXING TIMES",
        "skip hire, SKIPTON HIRE",
        "bar, BARCLAYS",
        "pub, PUBLIC HEALTH",
        "inn, INNOVATE UK",
        "care home, GARDEN CARE AND HOME MAINTENANCE"
    })
    void aTermIsNotFoundInsideOtherWordsOrByJoiningInitialsAndShortWords(String term, String text) {
        TermMatcher<String> matcher = new TermMatcher<>();
        matcher.add(term, term);

        assertEquals(List.of(), matcher.find(text), text);
    }

    @Test
    void theWordsFoundAreQuotedAsWrittenInTheText() {
        TermMatcher<String> matcher = new TermMatcher<>();
        matcher.add("skip hire", "x");

        assertEquals("Skip-Hire", matcher.find("Acme Skip-Hire (Leeds)").get(0).asWritten());
    }

    /**
     * Every term of the bundled sectors, as written and in its other number, hyphenated and run
     * together, is found in a supplier name and in a spend category alike, in its own sector, where
     * no "unless" phrase or exclusion stands beside it.
     */
    @Test
    void everyBundledTermIsFoundInANameAndInACategoryInItsOwnSector() {
        List<String> failures = new java.util.ArrayList<>();
        int checked = 0;
        for (RiskSector sector : BundledContent.sectors().sectors()) {
            for (Keyword keyword : sector.keywords()) {
                for (String variant : variants(keyword.text())) {
                    checked++;
                    if (!inSector(classifier.classify(named("ACME " + variant + " XYZ")), sector.id())) {
                        failures.add(sector.id() + " name '" + variant + "'");
                    }
                    SupplierProfile bought = profile("ACME XYZ", List.of(), List.of(), List.of(variant + " payments"));
                    if (!inSector(classifier.classify(bought), sector.id())) {
                        failures.add(sector.id() + " category '" + variant + "'");
                    }
                }
            }
        }
        int total = checked;
        assertEquals(List.of(), failures, total + " variants checked");
        assertTrue(total > 700, () -> "only " + total);
    }

    private static boolean inSector(SectorClassifier.Classification result, String sectorId) {
        return result.hits().stream().anyMatch(h -> h.sectorId().equals(sectorId));
    }

    /**
     * A term as written, upper-cased, in the plural (a term in the singular), hyphenated, and (two words
     * of three letters or more, the first not ending in s) run together. Run together, only the last
     * word is taken in the singular: "facilitiesmanagement" is not "facilities management".
     */
    private static List<String> variants(String term) {
        List<String> variants = new java.util.ArrayList<>(List.of(term, term.toUpperCase(java.util.Locale.ROOT)));
        if (!term.endsWith("s")) {
            variants.add(term + "s");
        }
        if (term.contains(" ")) {
            variants.add(term.replace(' ', '-'));
            String[] words = term.replace("'", "").split(" ");
            if (words.length == 2 && words[0].length() >= 3 && words[1].length() >= 3 && !words[0].endsWith("s")) {
                variants.add(words[0] + words[1]);
            }
        }
        return variants;
    }

    /** Each weak term alone is a low-confidence hit; the same term in the spend category too makes it confident. */
    @Test
    void everyWeakTermAloneIsLowConfidenceAndConfidentWithTheCategoryBehindIt() {
        List<String> failures = new java.util.ArrayList<>();
        int weak = 0;
        for (RiskSector sector : BundledContent.sectors().sectors()) {
            for (Keyword keyword :
                    sector.keywords().stream().filter(Keyword::weak).toList()) {
                weak++;
                Confidence alone = confidence(classifier.classify(named("ACME " + keyword.text())), sector.id());
                Confidence supported = confidence(
                        classifier.classify(profile(
                                "ACME " + keyword.text(), List.of(), List.of(), List.of(keyword.text() + " services"))),
                        sector.id());
                if (alone != Confidence.LOW || supported != Confidence.HIGH) {
                    failures.add(
                            sector.id() + " '" + keyword.text() + "': alone " + alone + ", with category " + supported);
                }
            }
        }
        int total = weak;
        assertEquals(List.of(), failures);
        assertTrue(total >= 50, () -> "only " + total + " weak terms");
    }

    private static Confidence confidence(SectorClassifier.Classification result, String sectorId) {
        return result.hits().stream()
                .filter(h -> h.sectorId().equals(sectorId))
                .map(SectorHit::confidence)
                .findFirst()
                .orElse(null);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ACME SECURITY | | SECURITY | LOW",
                "ACME SECURITY | Security Services | SECURITY | HIGH",
                "ACME SECURITY | | SECURITY | LOW",
                "THE KINGS ARMS | | LICENSED_PREMISES | LOW",
                "THE KINGS ARMS | Bar Stock | LICENSED_PREMISES | HIGH",
                "STAR CARS | | VEHICLES_TRANSPORT | LOW",
                "STAR CARS | Home to School Transport | VEHICLES_TRANSPORT | HIGH",
                "NASEEM TRAVEL | | VEHICLES_TRANSPORT | LOW",
                "NASEEM TRAVEL | PTS Taxis | VEHICLES_TRANSPORT | HIGH",
                "BEST FOODS LTD | | CATERING_FOOD | LOW",
                "ACME LTD | Food | CATERING_FOOD | LOW",
                "BEST FOODS LTD | Food | CATERING_FOOD | HIGH",
                "ACE TAXIS LTD | | VEHICLES_TRANSPORT | HIGH",
                "SMITH SCAFFOLDING | | PROPERTY | HIGH"
            })
    void ambiguousWordsNeedSupportForAConfidentHit(String name, String category, String sector, Confidence expected) {
        List<String> categories = category == null ? List.of() : List.of(category);
        assertEquals(
                expected, confidence(classifier.classify(profile(name, List.of(), List.of(), categories)), sector));
    }

    @Test
    void aWeakTermWithAnExtendedTierCodeIsConfidentAndTheCodeAloneIsNot() {
        // 69102: solicitors, in Professional's extended tier; 'solicitors' is a weak term.
        assertEquals(
                Confidence.LOW,
                confidence(
                        classifier.classify(profile("ACME", List.of("69102"), List.of(), List.of())), "PROFESSIONAL"));
        assertEquals(
                Confidence.HIGH,
                confidence(
                        classifier.classify(profile("ACME SOLICITORS", List.of("69102"), List.of(), List.of())),
                        "PROFESSIONAL"));
    }

    @Test
    void confidentSectorsComeFirst() {
        List<SectorHit> hits =
                classifier.classify(named("KINGS ARMS SKIP HIRE")).hits();

        assertEquals("ENVIRONMENTAL", hits.get(0).sectorId());
        assertEquals(Confidence.HIGH, hits.get(0).confidence());
        assertEquals(Confidence.LOW, hits.get(hits.size() - 1).confidence());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "LEEDS CITY COUNCIL",
                "CITY OF BRADFORD METROPOLITAN DISTRICT COUNCIL",
                "WEST YORKSHIRE POLICE",
                "WEST YORKSHIRE FIRE AND RESCUE AUTHORITY",
                "LEEDS TEACHING HOSPITALS NHS TRUST",
                "NHS PROPERTY SERVICES",
                "NHS PROPERTY SERVICES LTD",
                "DEPARTMENT FOR WORK AND PENSIONS",
                "ENVIRONMENT AGENCY",
                "BECKFOOT PRIMARY SCHOOL",
                "BRADFORD COLLEGE",
                "UNIVERSITY OF LEEDS"
            })
    void publicBodiesAreNotScreenedForSectorsAndSayWhy(String name) {
        SectorClassifier.Classification result = classifier.classify(
                profile(name, List.of(), List.of(), List.of("Security Services", "Waste Management", "Taxi Fares")));

        assertEquals(List.of(), result.hits(), name);
        assertEquals(1, result.notes().size(), result.notes()::toString);
        assertTrue(
                result.notes().get(0).startsWith(name.contains("NHS") ? "NHS body (" : "Public body ("),
                result.notes().get(0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SCHOOL TRANSPORT - KENT COUNTY COUNCIL",
                "SCHOOL MEALS SERVICE, LEEDS CITY COUNCIL",
                "PRE-SCHOOL PLAYGROUP, BRADFORD COLLEGE"
            })
    void aPublicBodyTermInsideASectorTermDoesNotHideTheSameExclusionLaterInTheName(String name) {
        SectorClassifier.Classification result = classifier.classify(named(name));

        assertEquals(List.of(), result.hits(), name);
        assertTrue(result.notes().get(0).startsWith("Public body ("), result.notes()::toString);
    }

    @Test
    void anUnlessPhraseSetsAsideOnlyTheTermItOverlapsNotTheSameTermElsewhere() {
        SectorClassifier.Classification result = classifier.classify(
                profile("ACME LTD", List.of(), List.of(), List.of("Security Equipment / Security Guarding Officers")));
        SectorClassifier.Classification garage = classifier.classify(named("ACME GARAGE DOORS AND GARAGE SERVICES"));

        assertTrue(
                result.hits().stream()
                        .anyMatch(h ->
                                h.sectorId().equals("SECURITY") && h.evidence().startsWith("'Security' in")),
                result::toString);
        assertTrue(inSector(garage, "VEHICLES_TRANSPORT"), garage::toString);
        assertTrue(
                garage.hits().get(0).evidence().startsWith("'GARAGE' in"),
                garage.hits().get(0)::toString);
        assertEquals(List.of(), garage.notes(), "the garage is not set aside, so no note says it was");
    }

    @ParameterizedTest
    @CsvSource({
        "PRESTON BARBER LLP, HEALTH_BEAUTY",
        "P A BARBER, HEALTH_BEAUTY",
        "LONG LEE & THWAITES BROW ACTION GRP, HEALTH_BEAUTY",
        "GROUNDWORK LONDON, PROPERTY",
        "THE BODY SHOP INTERNATIONAL LTD, VEHICLES_TRANSPORT",
        "DULUX DECORATOR CENTRE, PROPERTY"
    })
    void aTermWhoseSingularIsACommonWordOrWhoseWordsRunTogetherIsNotConfidentAlone(String name, String sector) {
        SectorClassifier.Classification result = classifier.classify(named(name));

        assertTrue(confidence(result, sector) != Confidence.HIGH, result::toString);
    }

    @ParameterizedTest
    @CsvSource({
        "ALL STAR TAXIS, VEHICLES_TRANSPORT",
        "ALL STARS DAY NURSERY LTD, RECREATIONAL",
        "ACE BODYSHOP, VEHICLES_TRANSPORT",
        "ACE GROUNDWORKS LTD, PROPERTY"
    })
    void firmsNamedLikeAnExclusionOrACollisionAreStillFound(String name, String sector) {
        assertTrue(inSector(classifier.classify(named(name)), sector), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALLSTAR BUSINESS SOLUTIONS LTD", "WESTERN RIVERSIDE WASTE AUTHORITY"})
    void fuelCardsAndWasteAuthoritiesAreNotScreened(String name) {
        SectorClassifier.Classification result =
                classifier.classify(profile(name, List.of(), List.of(), List.of("Waste Management", "Taxi Fares")));

        assertEquals(List.of(), result.hits(), name);
        assertEquals(1, result.notes().size(), result.notes()::toString);
    }

    @Test
    void aCouncilsTradingCompanyIsScreenedAsAnyFirmIs() {
        assertTrue(inSector(classifier.classify(named("COUNCIL WASTE SERVICES LIMITED")), "ENVIRONMENTAL"));
        assertTrue(inSector(classifier.classify(named("ACADEMY TAXIS LTD")), "VEHICLES_TRANSPORT"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BARCLAYCARD",
                "AMERICAN EXPRESS SERVICES EUROPE LTD",
                "ALLSTAR BUSINESS SOLUTIONS",
                "PAYPAL UK LTD"
            })
    void paymentIntermediariesAreNeverFlaggedForWhatTheCardBought(String name) {
        SectorClassifier.Classification result = classifier.classify(
                profile(name, List.of(), List.of(), List.of("Taxi Fares", "Catering Services", "Skip Hire")));

        assertEquals(List.of(), result.hits(), name);
        assertTrue(result.notes().get(0).startsWith("Payment intermediary ("), result.notes()::toString);
    }

    @Test
    void charitiesAndSuppliersWithACharityNumberAreHeldAtLowConfidence() {
        SectorClassifier.Classification trust = classifier.classify(named("HOLMEWOOD CARE HOMES TRUST"));
        assertEquals(Confidence.LOW, confidence(trust, "SERVICE_RETAIL"));
        assertTrue(trust.notes().get(0).startsWith("Charity or trust ('TRUST'"), trust.notes()::toString);

        SupplierProfile numbered = new SupplierProfile(
                "HOLMEWOOD CARE HOMES",
                List.of(),
                null,
                "1234567",
                List.of(),
                List.of(),
                0,
                0,
                null,
                null,
                List.of(),
                List.of());
        SectorClassifier.Classification charity = classifier.classify(numbered);
        assertEquals(Confidence.LOW, confidence(charity, "SERVICE_RETAIL"));
        assertTrue(charity.notes().get(0).startsWith("charity number on file"), charity.notes()::toString);

        assertEquals(Confidence.HIGH, confidence(classifier.classify(named("HOLMEWOOD CARE HOMES")), "SERVICE_RETAIL"));
    }

    @ParameterizedTest
    @CsvSource({
        "ACME CYBER SECURITY LTD, SECURITY, cyber security",
        "ACME INFORMATION SECURITY, SECURITY, information security",
        "ACME GARAGE DOORS, VEHICLES_TRANSPORT, garage doors",
        "ACME CATERING EQUIPMENT LTD, CATERING_FOOD, catering equipment",
        "ACME CLEANING SUPPLIES, SERVICE_RETAIL, cleaning supplies",
        "NCP CAR PARKS, VEHICLES_TRANSPORT, car parks"
    })
    void unlessPhrasesSetTermsAsideAndSaySo(String name, String sector, String phrase) {
        SectorClassifier.Classification result = classifier.classify(named(name));

        assertTrue(!inSector(result, sector), result::toString);
        assertTrue(
                result.notes().stream()
                        .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("'" + phrase + "'")),
                result.notes()::toString);
    }

    @Test
    void anUnlessPhraseInTheNameDoesNotCancelTheCategory() {
        SectorClassifier.Classification result = classifier.classify(
                profile("ACME CYBER SECURITY LTD", List.of(), List.of(), List.of("Security Guards")));

        assertEquals(Confidence.HIGH, confidence(result, "SECURITY"));
    }

    private static SupplierProfile named(String name) {
        return profile(name, List.of(), List.of(), List.of());
    }

    private static SupplierProfile profile(String name, List<String> sic, List<String> cpv, List<String> categories) {
        return new SupplierProfile(name, List.of(), null, null, sic, cpv, 0, 0, null, null, List.of(), categories);
    }
}
