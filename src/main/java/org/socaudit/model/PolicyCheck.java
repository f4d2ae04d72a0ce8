package org.socaudit.model;

import java.time.LocalDate;
import java.util.Objects;

/** What a deep dive found about one key plan or policy. Blank cells are null. */
public record PolicyCheck(
        String policyId, Boolean inPlace, String owner, LocalDate lastReviewed, PolicyPractice followed, String notes) {

    public PolicyCheck {
        Objects.requireNonNull(policyId, "policyId");
    }

    /** Whether nothing at all is recorded about the policy. */
    public boolean isBlank() {
        return inPlace == null && owner == null && lastReviewed == null && followed == null && notes == null;
    }
}
