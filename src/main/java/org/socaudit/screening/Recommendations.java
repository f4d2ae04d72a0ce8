package org.socaudit.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socaudit.model.FlagKind;
import org.socaudit.model.NonInvolvementStatement;
import org.socaudit.model.ProcurementRegime;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SectorHit;
import org.socaudit.model.SupplierFlag;

/** The checks to make on a flagged supplier, from its sectors and flags, in the order to make them. */
final class Recommendations {

    private final String statementIds;

    Recommendations(SectorCatalogue catalogue) {
        this.statementIds = String.join(
                " and ",
                catalogue.statements().stream()
                        .filter(s -> s.regime() == ProcurementRegime.PROCUREMENT_ACT_2023)
                        .map(NonInvolvementStatement::title)
                        .toList());
    }

    List<String> forSupplier(List<SectorHit> hits, List<SupplierFlag> flags) {
        Set<FlagKind> kinds = new LinkedHashSet<>();
        flags.forEach(f -> kinds.add(f.kind()));
        List<String> actions = new ArrayList<>();
        if (kinds.contains(FlagKind.WATCHLIST_STRONG)) {
            actions.add(
                    "Refer to the council's SOC single point of contact and the police before any further payment or"
                            + " award; do not alert the supplier.");
        } else if (kinds.contains(FlagKind.WATCHLIST_REVIEW)) {
            actions.add("Check whether this supplier is the watchlist entry: compare company number, directors and"
                    + " addresses.");
        }
        if (kinds.contains(FlagKind.HIGH_RISK_NO_COMPANY_NUMBER)) {
            actions.add("Obtain and verify the supplier's company number, or confirm it is a sole trader or partnership"
                    + " and identify its owners.");
        }
        if (!hits.isEmpty()) {
            actions.add("Enhanced checks for a high-risk sector: persons with significant control and directors at"
                    + " Companies House, and the mandatory and discretionary exclusion grounds.");
            if (!statementIds.isEmpty()) {
                actions.add(
                        "In tenders for this sector, include the non-involvement statements (" + statementIds + ").");
            }
        }
        if (kinds.contains(FlagKind.UNKNOWN_SIC)) {
            actions.add("Find out what the supplier actually does: its SIC code is dormant or not a UK SIC 2007 code.");
        }
        if (kinds.contains(FlagKind.POSSIBLE_SPLITTING)) {
            actions.add("Review the same-day payments for orders split to stay under the spending threshold.");
        }
        if (kinds.contains(FlagKind.LOW_LEVEL_ONE_OFF)) {
            actions.add("Check how this one-off supplier was set up and approved, and that the goods or services were"
                    + " received.");
        }
        if (kinds.contains(FlagKind.MANY_CATEGORIES)) {
            actions.add("Check why this supplier is paid under so many spend categories.");
        }
        return actions;
    }
}
