package org.socaudit.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socaudit.model.KeyPolicy;
import org.socaudit.model.PolicyCheck;
import org.socaudit.model.PolicyConcern;
import org.socaudit.model.PolicyPractice;
import org.socaudit.model.PolicyStatus;

/**
 * Finds what needs attention in the key policies: not in place, not checked, no review date, a review
 * more than two years before the report date, or not (fully) followed in practice.
 */
final class PolicyReview {

    /** A policy last reviewed before this many years ago is overdue for review. */
    static final int REVIEW_YEARS = 2;

    private final LocalDate asOf;

    PolicyReview(LocalDate asOf) {
        this.asOf = asOf;
    }

    List<PolicyStatus> review(List<KeyPolicy> policies, List<PolicyCheck> checks) {
        Map<String, PolicyCheck> byId =
                checks.stream().collect(Collectors.toMap(PolicyCheck::policyId, Function.identity(), (a, b) -> a));
        return policies.stream()
                .map(p -> new PolicyStatus(p, byId.get(p.id()), concerns(byId.get(p.id()))))
                .toList();
    }

    private List<PolicyConcern> concerns(PolicyCheck check) {
        List<PolicyConcern> concerns = new ArrayList<>();
        if (check == null || check.inPlace() == null) {
            concerns.add(PolicyConcern.NOT_RECORDED);
            return concerns;
        }
        if (!check.inPlace()) {
            concerns.add(PolicyConcern.NOT_IN_PLACE);
            return concerns;
        }
        if (check.lastReviewed() == null) {
            concerns.add(PolicyConcern.NO_REVIEW_DATE);
        } else if (check.lastReviewed().isBefore(asOf.minusYears(REVIEW_YEARS))) {
            concerns.add(PolicyConcern.REVIEW_OVERDUE);
        } else if (check.lastReviewed().isAfter(asOf)) {
            concerns.add(PolicyConcern.REVIEW_DATE_IN_FUTURE);
        }
        if (check.followed() == PolicyPractice.NO) {
            concerns.add(PolicyConcern.NOT_FOLLOWED);
        } else if (check.followed() == PolicyPractice.PARTLY) {
            concerns.add(PolicyConcern.PARTLY_FOLLOWED);
        }
        return concerns;
    }
}
