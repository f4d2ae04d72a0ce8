package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.socaudit.model.CpvCode;
import org.socaudit.model.NonInvolvementStatement;
import org.socaudit.model.ProcurementRegime;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SicCode;
import org.socaudit.model.SicTier;
import org.socaudit.model.StatementUse;
import org.socaudit.testing.TestData;

/** Checks the shipped sectors file against section 3.3.1 and 3.6.1 and against the official code lists. */
class SectorsContentTest {

    private static SectorCatalogue catalogue;
    private static Map<String, String> sicTitles;
    private static Map<String, String> cpvTitles;

    @BeforeAll
    static void load() throws IOException {
        catalogue = BundledContent.sectors();
        sicTitles = officialList("uk-sic-2007.csv", "code", "description");
        cpvTitles = officialList("cpv-2008.csv", "code", "title");
    }

    @Test
    void hasThePoliceScotlandSectorsInOrder() {
        assertEquals(
                List.of(
                        "VEHICLES_TRANSPORT",
                        "PROPERTY",
                        "LICENSED_PREMISES",
                        "CATERING_FOOD",
                        "SERVICE_RETAIL",
                        "HEALTH_BEAUTY",
                        "SECURITY",
                        "PROFESSIONAL",
                        "ENVIRONMENTAL",
                        "RECREATIONAL"),
                catalogue.sectors().stream().map(RiskSector::id).toList());
        assertEquals(
                List.of("scrap yard", "recycling", "waste disposal", "skip hire"),
                catalogue.sector("ENVIRONMENTAL").orElseThrow().examples());
    }

    @Test
    void sectorNamesAndPropertyExamplesAreTheSourceWords() {
        assertEquals(
                List.of(
                        "Vehicles / transport",
                        "Property",
                        "Licensed Premises",
                        "Catering / food",
                        "Service / retail",
                        "Health and beauty",
                        "Security",
                        "Professional",
                        "Environmental",
                        "Recreational"),
                catalogue.sectors().stream().map(RiskSector::name).toList());
        assertEquals(
                "construction, property maintenance, management and development",
                String.join(", ", catalogue.sector("PROPERTY").orElseThrow().examples()));
    }

    @Test
    void notesThatTheIntroductionIsParaphraseAndQuotesTheSignificantControlSentence() {
        String note = catalogue.info().source().notes().stream()
                .filter(n -> n.startsWith("The introduction is the toolkit's paraphrase of sections 3.3.1 and 3.3.2"))
                .findFirst()
                .orElseThrow();
        assertTrue(
                note.contains("\"It should be noted that, through recent legislation and since April, 2016, all those"
                        + " individuals with a \u201csignificant control of a company\u201d (i.e. a 25% or greater holding"
                        + " of shares/voting rights or otherwise have the right to exercise significant influence or"
                        + " control over a company) are required to declare themselves in the register of people with"
                        + " such significant control with Companies House.\""),
                note);
        assertTrue(catalogue.introduction().get(2).contains("more than a quarter of the shares or voting rights"));
    }

    static Stream<RiskSector> sectors() {
        return BundledContent.sectors().sectors().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void everySicCodeIsAnOfficialCodeWithItsOfficialTitle(RiskSector sector) {
        assertTrue(sector.sicCodes().stream().anyMatch(c -> c.tier() == SicTier.CORE), "core SIC codes");
        for (SicCode code : sector.sicCodes()) {
            assertEquals(sicTitles.get(code.code()), code.title(), "SIC " + code.code());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void everyCpvCodeIsAnOfficialCodeWithItsOfficialTitle(RiskSector sector) {
        assertFalse(sector.cpvCodes().isEmpty());
        for (CpvCode code : sector.cpvCodes()) {
            assertEquals(cpvTitles.get(code.code()), code.title(), "CPV " + code.code());
        }
    }

    /** Codes placed or moved by review (version 2.1), each with the sectors that must hold it (none: dropped). */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SIC | 88910 | SERVICE_RETAIL",
                "SIC | 81300 | ENVIRONMENTAL",
                "SIC | 55900 | PROPERTY",
                "SIC | 52103 |",
                "SIC | 11050 |",
                "SIC | 82911 |",
                "SIC | 49410 |",
                "CPV | 77314000 | ENVIRONMENTAL",
                "CPV | 90610000 | ENVIRONMENTAL",
                "CPV | 98341000 | PROPERTY",
                "CPV | 90650000 | PROPERTY",
            })
    void reviewedCodesSitInTheirSectorsOnly(String list, String code, String sectorIds) {
        List<String> holding = catalogue.sectors().stream()
                .filter(s -> list.equals("SIC")
                        ? s.sicCodes().stream().anyMatch(c -> c.code().equals(code))
                        : s.cpvCodes().stream().anyMatch(c -> c.code().startsWith(code)))
                .map(RiskSector::id)
                .toList();
        assertEquals(sectorIds == null ? List.of() : List.of(sectorIds.split(" ")), holding, list + " " + code);
        if (sectorIds != null) {
            Map<String, String> official = list.equals("SIC") ? sicTitles : cpvTitles;
            assertTrue(
                    official.keySet().stream().anyMatch(k -> k.startsWith(code)),
                    code + " is on the official " + list + " list");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sectors")
    void hasKeywordsForNamesAndCategories(RiskSector sector) {
        assertTrue(
                sector.keywords().size() >= 5,
                sector.id() + " has " + sector.keywords().size() + " keywords");
    }

    @Test
    void keepsTheOriginalStatementTextsVerbatim() {
        NonInvolvementStatement notice = statement(ProcurementRegime.PCR_2015, StatementUse.NOTICE);
        assertEquals(
                "The contracting authority has identified that the scope of this procurement falls within a business"
                        + " sector which may be attractive to infiltration by organised crime groups. The contracting"
                        + " authority therefore reserves the right to include enhanced appropriate checks /"
                        + " requirements at both the selection and award stages of the procurement.",
                notice.text());
        NonInvolvementStatement tender = statement(ProcurementRegime.PCR_2015, StatementUse.INVITATION_TO_TENDER);
        assertTrue(tender.text().startsWith(notice.text() + " This may include, but not be limited to,"));
        assertTrue(tender.text()
                .endsWith("has not infringed the mandatory grounds for exclusion set out in Regulation 57 (1) of the"
                        + " Public Contract Regulations 2015."));
    }

    @Test
    void quotesTheStatementGuidanceOfSections361And362() {
        assertEquals(3, catalogue.statementGuidance().size());
        assertEquals("3.6.1", catalogue.statementGuidance().get(0).section());
        assertEquals(
                "Although through the European Single Procurement document there is within the standard questionnaire"
                        + " a comparable statement it is considered meritorious for Local Government Authority"
                        + " Procurement teams to consider the inclusion of a statement outlined below, where procurement"
                        + " requires advertisement through the Official Journal of European Union (OJEU) and any"
                        + " invitation to tender (ITT) in areas considered to be at risk from serious and organised"
                        + " crime in the authorities area.",
                catalogue.statementGuidance().get(0).text());
        assertEquals("3.6.2", catalogue.statementGuidance().get(1).section());
        assertEquals(
                "A contracting authority will carry out the evaluation of tenders in the usual manner but through such"
                        + " a process a procurement officer could verify that any prospective winning supplier has made"
                        + " truthful responses in the light of the above. Again, close cooperation with Internal Audit"
                        + " and local Police could also become a factor in such due diligence.",
                catalogue.statementGuidance().get(1).text());
        assertFalse(catalogue.statementGuidance().get(2).quoted(), "the last paragraph is the toolkit's");
    }

    @Test
    void offersProcurementAct2023VariantsCitingTheExclusionSchedules() {
        for (StatementUse use : StatementUse.values()) {
            NonInvolvementStatement statement = statement(ProcurementRegime.PROCUREMENT_ACT_2023, use);
            assertTrue(
                    statement.legalReferences().stream().anyMatch(r -> r.contains("Schedule 6")),
                    statement.legalReferences().toString());
            assertTrue(statement.legalReferences().stream().anyMatch(r -> r.contains("Schedule 7")));
        }
    }

    private static NonInvolvementStatement statement(ProcurementRegime regime, StatementUse use) {
        return catalogue.statements().stream()
                .filter(s -> s.regime() == regime && s.use() == use)
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, String> officialList(String file, String codeColumn, String titleColumn)
            throws IOException {
        Map<String, String> titles = new HashMap<>();
        try (Reader in = Files.newBufferedReader(TestData.reference(file), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                titles.put(row.get(codeColumn).strip(), row.get(titleColumn).strip());
            }
        }
        return titles;
    }
}
