package org.socaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.AreaResult;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditReport;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.PolicyCheck;
import org.socaudit.model.PolicyConcern;
import org.socaudit.model.PolicyPractice;
import org.socaudit.model.PolicyStatus;
import org.socaudit.model.Response;
import org.socaudit.model.Variance;
import org.socaudit.model.VarianceKind;
import org.socaudit.scoring.Scorer;
import org.socaudit.xml.BundledContent;

class AuditEvaluatorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    private final AuditTemplate template = BundledContent.auditTemplate();
    private final Checklist checklist = BundledContent.checklist();

    @Test
    void ratesEachAreaOnTheChecklistScaleFromItsRatedQuestions() {
        AuditReport report = evaluate(List.of(
                rated("procurement-1", Assessment.NEEDS_IMPROVEMENT),
                rated("procurement-2", Assessment.GOOD),
                rated("procurement-3", Assessment.ACCEPTABLE),
                rated("housing-1", Assessment.GOOD)));

        Map<String, AreaResult> areas =
                report.areas().stream().collect(Collectors.toMap(a -> a.area().id(), a -> a));
        // Procurement: (0 + 2 + 1) / 6 = 50%, which the checklist's scale rates Acceptable.
        assertEquals(3, areas.get("procurement").score().points());
        assertEquals(6, areas.get("procurement").score().maxPoints());
        assertEquals(8, areas.get("procurement").score().total());
        assertEquals(Assessment.ACCEPTABLE, areas.get("procurement").rating());
        assertEquals(Assessment.GOOD, areas.get("housing").rating());
        assertNull(areas.get("finance").rating(), "an area with nothing rated is not assessed, not failed");
        // Overall: 5 of 8 points = 62.5%: Acceptable.
        assertEquals(Assessment.ACCEPTABLE, report.overall().rating());
        assertEquals(4, report.overall().score().answered());
    }

    @Test
    void listsFindingsAndRecommendationsInTemplateOrder() {
        AuditAnswer late =
                new AuditAnswer("housing-2", null, null, "Allocations not checked", null, null, null, null, null, null);
        AuditAnswer early = new AuditAnswer(
                "procurement-4", null, null, null, null, null, null, "Add checks", "Head of Procurement", AS_OF);
        AuditAnswer nothing = rated("procurement-5", Assessment.GOOD);
        AuditAnswer deepDive = new AuditAnswer("procurement-6", null, null, null, null, true, null, null, null, null);

        AuditReport report = evaluate(List.of(late, nothing, early, deepDive));

        assertEquals(
                List.of("procurement-4", "procurement-6", "housing-2"),
                report.findings().stream().map(f -> f.row().question().id()).toList());
        assertTrue(report.findings().get(1).answer().deepDiveOutstanding());
        assertEquals("2.4", report.findings().get(0).row().ref());
    }

    @Test
    void flagsPoliciesNotInPlaceOrNotReviewedWithinTwoYears() {
        AuditReport report = evaluate(
                List.of(),
                List.of(
                        new PolicyCheck(
                                "procurement-policy", true, null, AS_OF.minusYears(2), PolicyPractice.YES, null),
                        new PolicyCheck(
                                "risk-management",
                                true,
                                null,
                                AS_OF.minusYears(2).minusDays(1),
                                null,
                                null),
                        new PolicyCheck("whistleblowing-procedures", false, null, null, null, null),
                        new PolicyCheck("code-of-conduct", true, null, null, PolicyPractice.PARTLY, null),
                        new PolicyCheck("corporate-plan", true, null, AS_OF, PolicyPractice.NO, null),
                        new PolicyCheck("business-planning", true, null, AS_OF.plusDays(1), null, null)));

        Map<String, List<PolicyConcern>> concerns = report.policies().stream()
                .collect(Collectors.toMap(p -> p.policy().id(), PolicyStatus::concerns));
        assertEquals(List.of(), concerns.get("procurement-policy"), "reviewed exactly two years ago is in time");
        assertEquals(List.of(PolicyConcern.REVIEW_OVERDUE), concerns.get("risk-management"));
        assertEquals(List.of(PolicyConcern.NOT_IN_PLACE), concerns.get("whistleblowing-procedures"));
        assertEquals(
                List.of(PolicyConcern.NO_REVIEW_DATE, PolicyConcern.PARTLY_FOLLOWED), concerns.get("code-of-conduct"));
        assertEquals(List.of(PolicyConcern.NOT_FOLLOWED), concerns.get("corporate-plan"));
        assertEquals(List.of(PolicyConcern.REVIEW_DATE_IN_FUTURE), concerns.get("business-planning"));
        assertEquals(List.of(PolicyConcern.NOT_RECORDED), concerns.get("strategic-planning"));
        assertEquals(3, report.policiesMissingOrOverdue());
        assertEquals("3 of 6 checked (16 not checked)", report.policySummary());
    }

    @Test
    void setsEachLinkedChecklistSectionAgainstAuditsRatingOfItsArea() {
        ChecklistResponses responses = new ChecklistResponses(
                checklist.info().id(),
                checklist.info().version(),
                "Testshire",
                null,
                null,
                List.of(
                        answer("procurement-a", Assessment.GOOD),
                        answer("procurement-b", Assessment.GOOD),
                        answer("whistleblowing-a", Assessment.ACCEPTABLE),
                        answer("social-housing-a", Assessment.ACCEPTABLE)));
        AuditReport report = new AuditEvaluator(checklist.scale())
                .evaluate(
                        template,
                        programme(
                                List.of(
                                        rated("procurement-1", Assessment.NEEDS_IMPROVEMENT),
                                        rated("hr-whistleblowing-1", Assessment.ACCEPTABLE),
                                        rated("hr-vetting-1", Assessment.NEEDS_IMPROVEMENT),
                                        rated("housing-1", Assessment.GOOD)),
                                List.of()),
                        AS_OF,
                        new Scorer().score(checklist, responses));

        Map<String, VarianceKind> kinds = report.variances().stream()
                .collect(Collectors.toMap(v -> v.link().sectionId(), Variance::kind));
        assertEquals(VarianceKind.MANAGEMENT_MORE_FAVOURABLE, kinds.get("procurement"));
        assertEquals(VarianceKind.AGREE, kinds.get("whistleblowing"));
        assertEquals(VarianceKind.AUDIT_MORE_FAVOURABLE, kinds.get("social-housing"));
        // The HR vetting rating does not count against whistleblowing: the link names its topic only.
        assertEquals(VarianceKind.NOT_COMPARABLE, kinds.get("insider-threat"));
        assertEquals(VarianceKind.NOT_COMPARABLE, kinds.get("licensing"));
        assertEquals(8, report.variances().size());
        assertEquals(
                List.of("procurement"),
                report.adverseVariances().stream()
                        .map(v -> v.link().sectionId())
                        .toList());
    }

    @ParameterizedTest
    @CsvSource({
        "GOOD, ACCEPTABLE, MANAGEMENT_MORE_FAVOURABLE",
        "GOOD, NEEDS_IMPROVEMENT, MANAGEMENT_MORE_FAVOURABLE",
        "ACCEPTABLE, NEEDS_IMPROVEMENT, MANAGEMENT_MORE_FAVOURABLE",
        "ACCEPTABLE, ACCEPTABLE, AGREE",
        "NEEDS_IMPROVEMENT, GOOD, AUDIT_MORE_FAVOURABLE",
        ", GOOD, NOT_COMPARABLE",
        "GOOD, , NOT_COMPARABLE"
    })
    void comparesRatingsBestFirst(Assessment selfAssessed, Assessment audit, VarianceKind expected) {
        assertEquals(expected, VarianceFinder.kind(selfAssessed, audit));
    }

    private AuditReport evaluate(List<AuditAnswer> answers) {
        return evaluate(answers, List.of());
    }

    private AuditReport evaluate(List<AuditAnswer> answers, List<PolicyCheck> policies) {
        return new AuditEvaluator(checklist.scale()).evaluate(template, programme(answers, policies), AS_OF, null);
    }

    private AuditProgramme programme(List<AuditAnswer> answers, List<PolicyCheck> policies) {
        return new AuditProgramme(
                template.info().id(), template.info().version(), "Testshire", AS_OF, List.of(), answers, policies);
    }

    private static AuditAnswer rated(String id, Assessment rating) {
        return new AuditAnswer(id, null, null, null, rating, null, null, null, null, null);
    }

    private static Response answer(String id, Assessment assessment) {
        return new Response(id, assessment, null, null, null, null);
    }
}
