package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * What the audit-plan command writes: the template, the services proposed for scope, the spend no
 * service's words matched and the spend of each organisational unit (null and empty without
 * spending files), and the screening the proposals rest on.
 */
public record AuditPlan(
        AuditTemplate template,
        List<ScopeProposal> scope,
        ServiceSpend unmapped,
        List<UnitSpend> units,
        ScreeningResult screening) {

    public AuditPlan {
        Objects.requireNonNull(template, "template");
        scope = List.copyOf(scope);
        units = List.copyOf(units);
    }
}
