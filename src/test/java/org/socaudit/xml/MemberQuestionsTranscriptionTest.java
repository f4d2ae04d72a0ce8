package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socaudit.model.KeyWays;
import org.socaudit.model.MemberQuestion;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.QuestionSet;

/** Pins the shipped questions for members to the "Councillor questions" of the LGA's 2015 guidance. */
class MemberQuestionsTranscriptionTest {

    private static MemberQuestions questions;

    @BeforeAll
    static void load() {
        questions = BundledContent.memberQuestions();
    }

    @Test
    void hasFiftySixQuestionsInSevenSetsWithTheSourceCounts() {
        assertEquals(
                List.of("csp=7", "pcp=14", "osc=11", "hwb=5", "dph=4", "lscb=10", "dcs=5"),
                questions.sets().stream()
                        .map(s -> s.id() + "=" + s.questions().size())
                        .toList());
        assertEquals(56, questions.questions().size());
    }

    static Stream<Arguments> firstAndLastQuestions() {
        return Stream.of(
                Arguments.of(
                        "csp",
                        "Questions for community safety partnerships (CSPs)",
                        "Is serious and organised crime considered in the local community safety plan?",
                        "How have local partners from the public, private and voluntary sector being engaged with when"
                                + " tackling serious and organised crime?"),
                Arguments.of(
                        "pcp",
                        "Questions for police and crime panels",
                        "What is the police and crime commissioner's (PCCs) estimate of the threat of serious and"
                                + " organised crime in the force area?",
                        "What use is being made of proceeds of crime legislation to deny organised crime groups the"
                                + " benefits of their criminality?"),
                Arguments.of(
                        "osc",
                        "Questions for overview and scrutiny committees",
                        "What is the prevalence and threat of serious and organised crime within our local area?",
                        "How are we reducing our own (the councils') vulnerability to SOC?"),
                Arguments.of(
                        "hwb",
                        "Questions for health and wellbeing boards",
                        "Have community safety issues been considered as a part of your JSNA? To what extent does your"
                                + " JSNA assess the health impact of serious and organised crime in your area?",
                        "How do they identify individuals at risk and who do they refer them to?"),
                Arguments.of(
                        "dph",
                        "Questions for directors of public health",
                        "To what extent does your JSNA make links to the impact of serious and organised crime on"
                                + " health?",
                        "Have you considered community campaigns to demonstrate these links and the risks involved?"),
                Arguments.of(
                        "lscb",
                        "Questions for local safeguarding children boards (LSCBs)",
                        "Is there a policy or action plan in place for to protect children and young people from"
                                + " serious and organised crime? Is this a stand-alone policy, or part of a broader"
                                + " strategy (ie community safety)?",
                        "How do we support young people to cease their involvement in criminal activity? How do these"
                                + " services account for a diversity of need?"),
                Arguments.of(
                        "dcs",
                        "Questions for directors of children's services",
                        "To what extent are local children and young people at risk of engaging in serious and"
                                + " organised crime?",
                        "Are staff and social workers aware of the nature of serious and organised crime and"
                                + " associated signs of involvement?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstAndLastQuestions")
    void keepsEachSetsTitleAndFirstAndLastQuestionWordForWord(String id, String title, String first, String last) {
        QuestionSet set = set(id);

        assertEquals(title, set.title());
        assertEquals(first, set.questions().get(0).text());
        assertEquals(last, set.questions().get(set.questions().size() - 1).text());
        assertEquals(id + "-1", set.questions().get(0).id());
    }

    @Test
    void endsEachSetWithWhatCouncillorsShouldExpect() {
        assertEquals(
                List.of("csp=1", "pcp=2", "osc=1", "hwb=1", "dph=1", "lscb=1", "dcs=1"),
                questions.sets().stream()
                        .map(s -> s.id() + "=" + s.expectations().size())
                        .toList());
        assertEquals(
                "Councillors should be reassured that serious and organised crime has been considered as a part of"
                        + " wider discussions around community safety and protecting vulnerable communities.",
                set("csp").expectations().get(0));
        assertEquals(
                "Councillors should also expect PCCs to be working collaboratively with the council to make full use"
                        + " the intelligence and powers available to disrupt serious and organised crime. Councillors"
                        + " should be reassured that PCCs have made some specialist provision for victims of serious"
                        + " and organised crime, as a part of their wider commissioning role and contribute to its"
                        + " prevention.",
                set("pcp").expectations().get(1));
    }

    @Test
    void keepsThePartnersListedUnderTheThirdQuestionForDirectorsOfChildrensServices() {
        MemberQuestion question = set("dcs").questions().get(2);

        assertEquals("DCS 3", question.ref());
        assertEquals(
                List.of(
                        "other council departments (Troubled Families, social care, youth offending teams)",
                        "schools and education settings",
                        "police",
                        "health professionals",
                        "voluntary and community organisations",
                        "members of the public",
                        "other?"),
                question.items());
        assertEquals(
                1,
                questions.questions().stream().filter(q -> !q.items().isEmpty()).count());
    }

    @Test
    void hasTheCouncillorsRoleAndTheTwoKeyWaysListsOfFourEach() {
        assertEquals("What is my role as a local councillor?", questions.introductionTitle());
        assertEquals(2, questions.introduction().size());
        assertEquals(
                List.of(
                        "Key ways councillors can play a role in tackling serious and organised crime:=4",
                        "Key ways councillors can protect their council from serious and organised crime:=4"),
                questions.ways().stream()
                        .map(w -> w.title() + "=" + w.items().size())
                        .toList());
        KeyWays role = questions.ways().get(0);
        assertEquals(
                "the \u2018eyes and ears\u2019 of local communities \u2013 councillors are well connected with their"
                        + " local communities and can listen to the concerns of local residents and share community"
                        + " intelligence with officers",
                role.items().get(0));
        KeyWays protect = questions.ways().get(1);
        assertEquals(
                "ensure council procedures and controls against fraud, including procurement fraud, are reviewed"
                        + " regularly, and staff can identify fraudulent activity including high risk processes",
                protect.items().get(0));
        assertEquals(1, protect.lead().size());
        assertEquals(
                "check that the council has clear reporting or whistleblowing policies, undertaking 'mystery"
                        + " whistle-blower' tests to check the effectiveness of the policies",
                protect.items().get(3));
    }

    private static QuestionSet set(String id) {
        return questions.sets().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
