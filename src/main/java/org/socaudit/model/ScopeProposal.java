package org.socaudit.model;

import java.util.Objects;

/**
 * One service as the audit plan proposes it: its place in the template, its spend (null when no
 * spending files were given), whether the plan proposes it for the scope, and why.
 */
public record ScopeProposal(
        Directorate directorate, ServiceArea service, ServiceSpend spend, boolean proposed, String why) {

    public ScopeProposal {
        Objects.requireNonNull(directorate, "directorate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(why, "why");
    }
}
