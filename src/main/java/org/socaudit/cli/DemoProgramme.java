package org.socaudit.cli;

import java.time.LocalDate;
import java.util.List;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.PolicyCheck;
import org.socaudit.model.PolicyPractice;
import org.socaudit.model.ScopeDecision;

/**
 * What the fictional Northbridge council's internal auditor recorded in the demo's audit
 * programme. The demo writes it into the programme workbook and reads it back, as a real one would be.
 */
final class DemoProgramme {

    static final String AUTHORITY = "Northbridge Borough Council (fictional)";

    private static final Assessment GOOD = Assessment.GOOD;
    private static final Assessment ACCEPTABLE = Assessment.ACCEPTABLE;
    private static final Assessment NEEDS_IMPROVEMENT = Assessment.NEEDS_IMPROVEMENT;

    private DemoProgramme() {}

    static AuditProgramme programme(AuditTemplate template) {
        return new AuditProgramme(
                template.info().id(),
                template.info().version(),
                AUTHORITY,
                LocalDate.of(2026, 11, 2),
                List.of(
                        new ScopeDecision("waste-disposal", true, "Agreed with police: waste carriers"),
                        new ScopeDecision("licensing", true, "Taxi and private hire licensing"),
                        new ScopeDecision("home-to-school-transport", true, "Contracts re-let in 2026"),
                        new ScopeDecision("corporate-policy", false, "Low third-party spend")),
                answers(),
                policies());
    }

    private static List<AuditAnswer> answers() {
        return List.of(
                answer(
                        "strategic-corporate-awareness-1",
                        "Chief Executive",
                        "Aware of the national strategy",
                        "Senior managers briefed; most staff unaware",
                        ACCEPTABLE,
                        null,
                        null,
                        null),
                answer(
                        "strategic-corporate-awareness-2",
                        "Head of Policy",
                        null,
                        "SOC not yet in the corporate plan",
                        NEEDS_IMPROVEMENT,
                        "Add SOC risks to the corporate plan at its refresh",
                        "Head of Policy",
                        LocalDate.of(2027, 3, 31)),
                answer(
                        "strategic-corporate-risk-management-1",
                        "Risk Manager",
                        "Fraud risk register reviewed quarterly",
                        null,
                        GOOD,
                        null,
                        null,
                        null),
                answer("strategic-corporate-risk-management-2", "Risk Manager", null, null, GOOD, null, null, null),
                answer(
                        "strategic-corporate-information-sharing-1",
                        "Community Safety Manager",
                        null,
                        "Information sharing agreement with police is in draft",
                        ACCEPTABLE,
                        "Sign the information sharing agreement",
                        "Community Safety Manager",
                        LocalDate.of(2027, 1, 15)),
                answer(
                        "procurement-1",
                        "Head of Procurement",
                        "Checks for contracts over £25,000 only",
                        "No checks on waste carriers below the threshold",
                        NEEDS_IMPROVEMENT,
                        "Check waste carrier licences and company records for all waste suppliers",
                        "Head of Procurement",
                        LocalDate.of(2026, 12, 18)),
                answer("procurement-2", "Head of Procurement", null, null, NEEDS_IMPROVEMENT, null, null, null),
                answer(
                        "hr-vetting-1",
                        "Head of HR",
                        null,
                        "Vetting depends on the directorate",
                        ACCEPTABLE,
                        null,
                        null,
                        null),
                answer(
                        "hr-whistleblowing-1",
                        "Monitoring Officer",
                        "Policy on the intranet",
                        "Staff in depots did not know how to raise a concern",
                        NEEDS_IMPROVEMENT,
                        "Brief depot staff on whistleblowing routes",
                        "Monitoring Officer",
                        LocalDate.of(2027, 2, 1)),
                answer("hr-whistleblowing-2", "Monitoring Officer", null, null, ACCEPTABLE, null, null, null),
                answer(
                        "licensing-licences-1",
                        "Licensing Manager",
                        "DBS checks at grant and renewal",
                        null,
                        ACCEPTABLE,
                        null,
                        null,
                        null),
                answer(
                        "licensing-licences-2",
                        "Licensing Manager",
                        null,
                        "Operators' links to drivers not checked",
                        ACCEPTABLE,
                        "Check operator ownership at grant",
                        "Licensing Manager",
                        LocalDate.of(2027, 6, 30)),
                answer("housing-1", "Head of Housing", null, "Sub-letting checks are sound", GOOD, null, null, null));
    }

    private static AuditAnswer answer(
            String id,
            String lead,
            String response,
            String finding,
            Assessment rating,
            String recommendation,
            String owner,
            LocalDate due) {
        return new AuditAnswer(
                id,
                lead,
                response,
                finding,
                rating,
                finding != null && rating == NEEDS_IMPROVEMENT,
                null,
                recommendation,
                owner,
                due);
    }

    private static List<PolicyCheck> policies() {
        return List.of(
                new PolicyCheck(
                        "procurement-policy",
                        true,
                        "Head of Procurement",
                        LocalDate.of(2025, 4, 1),
                        PolicyPractice.PARTLY,
                        "Not applied below £25,000"),
                new PolicyCheck(
                        "whistleblowing-procedures",
                        true,
                        "Monitoring Officer",
                        LocalDate.of(2022, 9, 1),
                        PolicyPractice.YES,
                        null),
                new PolicyCheck("money-laundering-procedures", false, null, null, null, "Not adopted"),
                new PolicyCheck(
                        "gift-and-hospitality-register",
                        true,
                        "Monitoring Officer",
                        LocalDate.of(2026, 1, 15),
                        PolicyPractice.YES,
                        null),
                new PolicyCheck(
                        "declarations-of-interests-register",
                        true,
                        "Monitoring Officer",
                        null,
                        PolicyPractice.NO,
                        "Not updated when staff change roles"),
                new PolicyCheck(
                        "licensing-guidelines",
                        true,
                        "Licensing Manager",
                        LocalDate.of(2025, 11, 3),
                        PolicyPractice.YES,
                        null),
                new PolicyCheck(
                        "risk-management", true, "Risk Manager", LocalDate.of(2026, 3, 1), PolicyPractice.YES, null));
    }
}
