package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.Question;
import org.socaudit.model.Section;

/** Pins the shipped checklist to the text of Annex A, so an edit that changes a question is noticed. */
class ChecklistTranscriptionTest {

    private static Checklist checklist;
    private static Map<String, Question> questions;

    @BeforeAll
    static void load() {
        checklist = BundledContent.checklist();
        questions = checklist.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    }

    @Test
    void hasThirtyTwoQuestionsInTheSourceGroupsAndSections() {
        assertEquals(32, checklist.questions().size());
        assertEquals(
                List.of("Governance and Strategy", "Operational Controls", "Insider Threat"),
                checklist.groups().stream().map(g -> g.title()).toList());
        assertEquals(
                List.of(
                        "1. Awareness, Strategy, Guidance and Training=6",
                        "2. Risk Management=4",
                        "3. Communication and Information / Intelligence Sharing=4",
                        "4. Whistleblowing=2",
                        "5. Assurance=2",
                        "1. Licensing (alcohol, taxi and other)=1",
                        "2. Planning / Development management=1",
                        "3. Social Housing=2",
                        "4. Procurement=6",
                        "Insider Threat=4"),
                checklist.sections().stream()
                        .map(s -> s.heading() + "=" + s.questions().size())
                        .toList());
    }

    @Test
    void scaleDefaultsToTwoOneZeroPointsAndSeventyFiveFiftyThresholds() {
        assertEquals(2, checklist.scale().points(Assessment.GOOD));
        assertEquals(1, checklist.scale().points(Assessment.ACCEPTABLE));
        assertEquals(0, checklist.scale().points(Assessment.NEEDS_IMPROVEMENT));
        assertEquals(Assessment.GOOD, checklist.scale().rate(new BigDecimal("75")));
        assertEquals(Assessment.ACCEPTABLE, checklist.scale().rate(new BigDecimal("74.99")));
        assertEquals(Assessment.ACCEPTABLE, checklist.scale().rate(new BigDecimal("50")));
        assertEquals(Assessment.NEEDS_IMPROVEMENT, checklist.scale().rate(new BigDecimal("49.9")));
        assertEquals("Needs improvement", checklist.scale().label(Assessment.NEEDS_IMPROVEMENT));
        assertTrue(
                checklist.info().source().notes().stream()
                        .anyMatch(n -> n.contains("are the toolkit's defaults, not the source's")
                                && n.contains("--checklist")),
                "a note says the points and thresholds are the toolkit's and how to change them");
    }

    @Test
    void keepsSourceAndGuidanceAsMetadata() {
        assertEquals(
                "Home Office, Organised Crime Procurement Pilots: final report, Annex A, December 2016",
                checklist.info().source().citation());
        assertTrue(checklist
                .guidance()
                .howToUse()
                .get(0)
                .startsWith("The checklist is intended to be used as an internal, self-assessment tool by the Chief"
                        + " Executive and the senior management team"));
        assertEquals(2, checklist.guidance().threat().size());
    }

    @Test
    void keepsTheThreeInsiderThreatMechanismsAsAList() {
        Question question = questions.get("insider-threat-b");
        assertEquals(
                "How confident are you that you have effective and fully publicised processes in place for the"
                        + " following mechanisms aimed at minimising the 'Insider threat'?",
                question.text());
        assertEquals(
                List.of(
                        "Officer / Member vetting (on recruitment and at intervals thereafter)",
                        "Officer / Member external interests register",
                        "Gifts and hospitality register"),
                question.items());
    }

    @Test
    void everySectionIsPinnedByTheCasesBelow() {
        assertEquals(
                checklist.sections().stream().map(Section::id).collect(Collectors.toSet()),
                firstAndLastQuestions()
                        .map(a -> ((String) a.get()[0]).replaceFirst("-[a-z]$", ""))
                        .collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstAndLastQuestions")
    void questionTextMatchesTheSource(String id, String text) {
        assertEquals(text, questions.get(id).text());
    }

    static Stream<Arguments> firstAndLastQuestions() {
        return Stream.of(
                Arguments.of(
                        "awareness-a",
                        "How aware are the senior management team and Elected Members of the Government's 2013 Serious"
                                + " and Organised Crime Strategy, the LGA's guide Tackling Serious and Organised Crime- A"
                                + " Local Response and DCLG's Fighting Fraud and Corruption Locally Strategy?"),
                Arguments.of(
                        "awareness-f",
                        "How well do you raise awareness of the threat that serious and organised crime poses to LAs"
                                + " and its services?"),
                Arguments.of(
                        "risk-management-a",
                        "How far have the risks posed by serious and organised crime and corruption been reflected"
                                + " within relevant risk registers?"),
                Arguments.of(
                        "risk-management-c",
                        "How confident are you that you could deal with / recover from a scenario involving loss or"
                                + " reputational harm as a result of serious and organised crime?"),
                Arguments.of(
                        "risk-management-d",
                        "How aware are your staff of the risks of cybercrime and that they know how to respond"
                                + " effectively to those risks."),
                Arguments.of(
                        "information-sharing-a",
                        "How effective are your arrangements for both internal and external data sharing?"),
                Arguments.of(
                        "information-sharing-d",
                        "How active a participant are you in the local serious and organised crime multi-agency"
                                + " partnership and do you attend / contribute regularly?"),
                Arguments.of("whistleblowing-a", "How effective are your whistle-blowing arrangements?"),
                Arguments.of(
                        "whistleblowing-b",
                        "Is guidance on reporting easily accessible for staff and is it straight-forward to follow?"),
                Arguments.of(
                        "assurance-a",
                        "How confident are you that you are able to provide assurance to your Elected Members that you"
                                + " and your management team are aware of, and are managing, the risks posed by serious"
                                + " and organised crime?"),
                Arguments.of(
                        "assurance-b",
                        "Do your Internal and External Audit teams play an appropriate and useful role in this"
                                + " assurance process?"),
                Arguments.of(
                        "licensing-a",
                        "How confident are you that your LA has not granted a licence to an individual or organisation"
                                + " linked to serious and organised crime in the last 12 months? On what basis have you"
                                + " reached this conclusion?"),
                Arguments.of(
                        "planning-a",
                        "How confident are you that no planning or development management decision made by your LA"
                                + " over the last 12 months has been exploited by organisations with links to organised"
                                + " criminals? On what basis have you reached this conclusion?"),
                Arguments.of(
                        "social-housing-a",
                        "How confident are you that no property used for social housing is being used by, or sub-let"
                                + " to, an individual or organisation with links to serious and organised crime (e.g."
                                + " drugs, prostitution, sub-letting, people trafficking, counterfeiting)?"),
                Arguments.of(
                        "social-housing-b",
                        "How confident are you able to be that those providing maintenance and repair services for"
                                + " social housing have no links to serious and organised crime?"),
                Arguments.of(
                        "procurement-a",
                        "Are all your procurement, contract management and due diligence procedures robust and fully"
                                + " implemented? Are they regularly reviewed?"),
                Arguments.of(
                        "procurement-c",
                        "How confident are you that your LA is not at risk of purchasing goods or services from"
                                + " organisations with links to serious and organised crime? How have you reached this"
                                + " conclusion?"),
                Arguments.of(
                        "procurement-f",
                        "Are you confident that staff with purchasing responsibilities know how to raise any potential"
                                + " concerns about organisations with which your LA transacts?"),
                Arguments.of(
                        "insider-threat-a",
                        "How far do you think your LA could be at risk from employees who have links to serious and"
                                + " organised crime?"),
                Arguments.of(
                        "insider-threat-d",
                        "How easily can a member of your staff, or another LA stakeholder (e.g. member of the public,"
                                + " supplier, etc.) report suspected or alleged malpractice to you? Are reporting"
                                + " processes clearly set out and publically available?"));
    }
}
