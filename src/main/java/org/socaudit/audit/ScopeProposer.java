package org.socaudit.audit;

import java.util.ArrayList;
import java.util.List;
import org.socaudit.model.AuditPlan;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.Directorate;
import org.socaudit.model.ScopeProposal;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.ServiceArea;
import org.socaudit.model.ServiceSpend;

/**
 * Proposes services for the audit's scope. Without spending files, the services the template marks
 * at risk are proposed; with them, the services whose spend went to suppliers in high-risk sectors.
 */
public final class ScopeProposer {

    /** A plan without spend: at-risk services proposed. */
    public AuditPlan propose(AuditTemplate template) {
        List<ScopeProposal> scope = new ArrayList<>();
        for (Directorate directorate : template.scope().directorates()) {
            for (ServiceArea service : directorate.services()) {
                scope.add(new ScopeProposal(
                        directorate,
                        service,
                        null,
                        service.atRisk(),
                        service.atRisk() ? "Marked at risk in the template" : "Not marked at risk"));
            }
        }
        return new AuditPlan(template, scope, null, List.of(), null);
    }

    /**
     * A plan from tallied spend and the screening of the same payments. When no payment could be
     * matched to any service (no organisational unit column, or no words matched), the at-risk
     * services are proposed instead, and the reason says why.
     */
    public AuditPlan propose(AuditTemplate template, ServiceSpendTally tally, ScreeningResult screening) {
        boolean matched = tally.mappedPayments() > 0;
        List<ScopeProposal> scope = new ArrayList<>();
        for (Directorate directorate : template.scope().directorates()) {
            for (ServiceArea service : directorate.services()) {
                ServiceSpend spend = tally.spend(service.id(), screening.suppliers());
                scope.add(
                        matched
                                ? new ScopeProposal(
                                        directorate, service, spend, spend.hasFlaggedSpend(), why(service, spend))
                                : new ScopeProposal(directorate, service, spend, service.atRisk(), unmatched(service)));
            }
        }
        ServiceSpend unmapped = tally.spend(ServiceSpendTally.UNMAPPED, screening.suppliers());
        return new AuditPlan(template, scope, unmapped, tally.units(), screening);
    }

    private static String unmatched(ServiceArea service) {
        return (service.atRisk() ? "Marked at risk in the template" : "Not marked at risk")
                + "; no payment could be matched to a service, so spend could not guide the scope";
    }

    private static String why(ServiceArea service, ServiceSpend spend) {
        if (spend.hasFlaggedSpend()) {
            return "Spend with " + spend.flaggedSuppliers() + " supplier" + (spend.flaggedSuppliers() == 1 ? "" : "s")
                    + " in high-risk sectors";
        }
        if (spend.payments() == 0) {
            return service.atRisk()
                    ? "Marked at risk, but no payments matched this service; check the cost centres named for it (Spend Units sheet)"
                    : "No payments matched this service";
        }
        return "No spend with suppliers in high-risk sectors";
    }
}
