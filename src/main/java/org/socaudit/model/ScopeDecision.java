package org.socaudit.model;

import java.util.Objects;

/** Whether the auditor put a service in the audit's scope (null when undecided), with any note. */
public record ScopeDecision(String serviceId, Boolean inScope, String notes) {

    public ScopeDecision {
        Objects.requireNonNull(serviceId, "serviceId");
    }
}
