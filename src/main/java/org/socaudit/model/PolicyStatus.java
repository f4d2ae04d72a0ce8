package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A key policy, what the auditor recorded about it (null when nothing), and any concerns. */
public record PolicyStatus(KeyPolicy policy, PolicyCheck check, List<PolicyConcern> concerns) {

    public PolicyStatus {
        Objects.requireNonNull(policy, "policy");
        concerns = List.copyOf(concerns);
    }

    /** Whether the policy is missing or its review is overdue. */
    public boolean missingOrOverdue() {
        return concerns.stream().anyMatch(PolicyConcern::missingOrOverdue);
    }
}
