package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.socaudit.model.AuditArea;
import org.socaudit.model.AuditQuestion;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.RiskSector;
import org.socaudit.model.ServiceArea;

/** Pins the shipped audit template to the text of Annex B and its two annexes. */
class AuditTemplateTranscriptionTest {

    private static AuditTemplate template;
    private static Map<String, AuditQuestion> questions;

    @BeforeAll
    static void load() {
        template = BundledContent.auditTemplate();
        questions = template.questions().stream().collect(Collectors.toMap(AuditQuestion::id, Function.identity()));
    }

    @Test
    void hasSixAreasWithTheSourceQuestionCounts() {
        assertEquals(
                List.of(
                        "1. Strategic and Corporate teams=14",
                        "2. Procurement=8",
                        "3. HR=19",
                        "4. Finance=5",
                        "5. Legislative and regulatory functions (Licensing)=12",
                        "6. Housing=5"),
                template.areas().stream()
                        .map(a -> a.heading() + "="
                                + a.topics().stream()
                                        .mapToInt(t -> t.questions().size())
                                        .sum())
                        .toList());
        assertEquals(63, template.questions().size());
    }

    @Test
    void hasFourStepsAndFourOverarchingQuestions() {
        assertEquals(
                List.of("Agree scope", "Audit questions", "Deep dives", "Take action"),
                template.steps().stream().map(s -> s.title()).toList());
        assertEquals(4, template.overarchingQuestions().size());
        assertTrue(template.overarchingQuestions().get(0).text().startsWith("Is there a lack of awareness"));
    }

    @Test
    void keepsTheTwoAntiMoneyLaunderingSubQuestions() {
        AuditQuestion question = questions.get("finance-anti-money-laundering-1");
        assertEquals(
                "What arrangements are in place to identify / monitor unusual or suspicious activity? For example:",
                question.text());
        assertEquals(
                List.of(
                        "Are reports prepared from available sources detailing the frequency with which each client"
                                + " makes cash payments and the value of such payments?",
                        "What parameters /limits are in place for these reports?"),
                question.subQuestions());
    }

    @Test
    void keepsTheProcurementNoteOnAtRiskSectors() {
        AuditArea procurement = area("procurement");
        assertEquals(
                List.of("Especially for potentially 'at risk' sectors such as taxis, waste, housing, construction and"
                        + " security"),
                procurement.notes());
    }

    @Test
    void joinsTheDeclarationOfInterestsQuestionAcrossThePageBreak() {
        assertEquals(
                "Is there a declaration of interests register for councillors and senior managers and are these"
                        + " periodically reviewed? (See para 4.50 of the UK Anti-Corruption Plan which outlines the"
                        + " rules requiring Councillors to register and declare certain pecuniary interests -failure to"
                        + " comply can lead to a criminal conviction, a fine up to £5,000 and a prohibition on holding"
                        + " the role of Councillor for up to five years).",
                questions.get("hr-secondary-employment-3").text());
    }

    @Test
    void listsEveryAnnexOneServiceByDirectorate() {
        assertEquals(
                List.of(
                        "Community Services=7",
                        "Corporate and Neighbourhood Services=16",
                        "Development Services=12",
                        "Education Services=4",
                        "Finance Services=5",
                        "Social Work Services=8"),
                template.scope().directorates().stream()
                        .map(d -> d.title() + "=" + d.services().size())
                        .toList());
    }

    @Test
    void flagsThePilotsWasteTaxiAndLicensingServicesAtRiskWithReasons() {
        Map<String, ServiceArea> services =
                template.scope().services().stream().collect(Collectors.toMap(ServiceArea::id, Function.identity()));
        for (String id : List.of("refuse-collection", "waste-disposal", "home-to-school-transport", "licensing")) {
            assertTrue(services.get(id).atRisk(), id);
        }
        for (String id : List.of("payroll-pensions", "internal-audit")) {
            assertTrue(!services.get(id).atRisk(), id);
        }
        assertTrue(services.values().stream().allMatch(s -> !s.reason().isBlank()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "vulnerable-adults | SERVICE_RETAIL VEHICLES_TRANSPORT | procurements of services for vulnerable adults / children",
                "vulnerable-children | SERVICE_RETAIL VEHICLES_TRANSPORT | procurements of services for vulnerable adults / children",
                "transport-planning | VEHICLES_TRANSPORT | taxi / transport services",
                "accountancy | '' | low-level one-off payments",
                "pre-five-education-and-care | SERVICE_RETAIL RECREATIONAL | SIC 88910",
            })
    void flagsTheServicesTheSourceSinglesOutWithTheirReasons(String id, String sectors, String reason) {
        ServiceArea service = template.scope().services().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertTrue(service.atRisk(), id);
        assertEquals(sectors, String.join(" ", service.sectorIds()));
        assertTrue(service.reason().contains(reason), service.reason());
    }

    @Test
    void everyServiceSectorIsASectorOfTheShippedSectorsFile() {
        Set<String> sectorIds =
                BundledContent.sectors().sectors().stream().map(RiskSector::id).collect(Collectors.toSet());
        template.scope()
                .services()
                .forEach(service -> assertTrue(
                        sectorIds.containsAll(service.sectorIds()), service.id() + " names " + service.sectorIds()));
    }

    @Test
    void listsTheTwentyTwoKeyPoliciesInSourceOrder() {
        assertEquals(22, template.policies().size());
        assertEquals("Asset Disposal Procedures", template.policies().get(0).title());
        assertEquals(
                "Procurement Policy (including letting of Home to school transport contracts)",
                template.policies().get(16).title());
        assertEquals("Whistleblowing procedures", template.policies().get(21).title());
    }

    @Test
    void keepsTheHeadingsOfAnnexOneAndAnnexTwoWordForWord() {
        assertEquals(
                "POTENTIAL AREAS FOR SERIOUS AND ORGANISED CRIME AUDIT",
                template.scope().heading());
        // The source breaks this heading across two lines; it is one heading.
        assertEquals(
                "KEY PLANS, POLICIES AND PROCEDURES TO CONSIDER IN RELATION TO SERIOUS AND ORGANISED CRIME",
                template.keyPolicies().heading());
    }

    @Test
    void keepsTheIntroductionsOfAnnexOneAndAnnexTwoWordForWord() {
        assertEquals(
                List.of("Below is an overview of some of the services generally offered by Local Authorities in"
                        + " England and Wales. Those services in bold are areas which may be more at risk than others"
                        + " (based on the Scottish Business Exploitation Risk list and outcomes of Home Office OC"
                        + " procurement pilots) The areas each LA chooses to audit will of course vary from LA to LA"
                        + " and depend on local knowledge and discussions with local police."),
                template.scope().introduction());
        assertEquals(
                List.of("(there are likely to be other plans and strategies not captured here)"),
                template.keyPolicies().introduction());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstAndLastQuestions")
    void questionTextMatchesTheSource(String id, String text) {
        assertEquals(text, questions.get(id).text());
    }

    @Test
    void everyAreaIsPinnedByTheCasesBelow() {
        Set<String> pinned = firstAndLastQuestions()
                .map(a -> (String) a.get()[0])
                .map(id -> template.areas().stream()
                        .filter(area -> area.topics().stream()
                                .anyMatch(t -> t.questions().stream().anyMatch(q -> q.id().equals(id))))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .collect(Collectors.toSet());
        assertEquals(template.areas().stream().map(AuditArea::id).collect(Collectors.toSet()), pinned);
    }

    private static AuditArea area(String id) {
        return template.areas().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    static Stream<Arguments> firstAndLastQuestions() {
        return Stream.of(
                Arguments.of(
                        "strategic-corporate-awareness-1",
                        "Are staff and senior managers within the LA aware of the Government's Serious and Organised"
                                + " Crime Strategy published in 2013, the Local Government Association's Tackling Serious"
                                + " and Organised Crime – A Local Response and the Fighting Fraud and Corruption Locally"
                                + " Strategy – the new counter fraud and corruption strategy for local government"
                                + " published in March 2016?"),
                Arguments.of(
                        "strategic-corporate-information-sharing-4",
                        "What processes are in place to ensure key information is shared internally (for instance"
                                + " between the licensing Authority and Children's Services)? Are these processes"
                                + " followed?"),
                Arguments.of(
                        "procurement-1",
                        "When did you last review your procurement processes? Are processes being properly followed?"
                                + " Would a deep dive of a recent procurement help provide assurance?"),
                Arguments.of(
                        "procurement-8",
                        "Do you have any additional measures in place for procurements of services for vulnerable"
                                + " adults / children – vetting checks for instance for social housing providers or home"
                                + " to school taxi contracts?"),
                Arguments.of(
                        "hr-vetting-1",
                        "What key checks are undertaken on the suitability and appropriateness of applicants prior to"
                                + " their appointment (e.g. identity, qualification, reference checks)?"),
                Arguments.of(
                        "hr-training-1",
                        "Is a training programme in place to advise staff and Members of the indicators that they"
                                + " should look for to facilitate identification of officers working under duress or"
                                + " potential corruption?"),
                Arguments.of(
                        "finance-anti-money-laundering-5",
                        "Have all relevant staff been provided with clear instruction and training on the process to be"
                                + " followed when large amounts of cash are received from a Client? Are these processes"
                                + " being followed."),
                Arguments.of("licensing-general-1", "When were your licensing processes last updated?"),
                Arguments.of(
                        "licensing-licences-9",
                        "Do you have processes in place to capture and keep all complaints made against a licenced"
                                + " driver or operator? Are all reports acted upon? Are the records monitored for patterns"
                                + " or frequency and used to inform future licencing decisions?"),
                Arguments.of(
                        "housing-1",
                        "Do you carry out vetting checks (including checking against other internal data sets) on those"
                                + " contracted by the LA to provide shelter / social housing to ensure there are no serious"
                                + " and organised crime (or other criminal) links as part of the procurement process?"
                                + " What information are property owners required to submit?"),
                Arguments.of(
                        "housing-5",
                        "How are right to buy applications monitored to ensure there is no serious and organised crime"
                                + " / criminal involvement?"));
    }
}
