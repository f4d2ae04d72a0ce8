package org.socaudit.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.socaudit.model.Confidence;
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

    /**
     * The actions for a supplier; {@code numberKnown} says whether a company or charity number is on
     * file, so one in a high-risk sector without one is told to get it even when no input gave any
     * number (and so no supplier carries the flag).
     */
    List<String> forSupplier(List<SectorHit> hits, List<SupplierFlag> flags, boolean numberKnown) {
        Set<FlagKind> kinds = new LinkedHashSet<>();
        flags.forEach(f -> kinds.add(f.kind()));
        List<String> actions = new ArrayList<>();
        if (kinds.contains(FlagKind.WATCHLIST_STRONG) || kinds.contains(FlagKind.WATCHLIST_PSC)) {
            actions.add(
                    "Refer to the council's SOC single point of contact and the police before any further payment or"
                            + " award; do not alert the supplier.");
        } else if (kinds.contains(FlagKind.WATCHLIST_REVIEW)) {
            actions.add("Check if this is the watchlist entry (number, directors, addresses).");
        }
        boolean confident = hits.stream().anyMatch(h -> h.confidence() == Confidence.HIGH);
        if (kinds.contains(FlagKind.HIGH_RISK_NO_COMPANY_NUMBER) || (confident && !numberKnown)) {
            actions.add("Get and verify a company number, or identify the owners.");
        }
        if (confident) {
            actions.add("Enhanced checks: persons with significant control, directors, exclusion grounds.");
            if (!statementIds.isEmpty()) {
                actions.add("Use the non-involvement statements in tenders (Statements sheet).");
            }
        } else if (!hits.isEmpty()) {
            actions.add("Confirm what it does (the sector hit is low confidence); if it is in the sector, make the"
                    + " enhanced checks.");
        }
        if (kinds.contains(FlagKind.UNKNOWN_SIC)) {
            actions.add("Find out what it really does: SIC code dormant or not SIC 2007.");
        }
        if (kinds.contains(FlagKind.POSSIBLE_SPLITTING)) {
            actions.add("Review same-day payments for split orders.");
        }
        if (kinds.contains(FlagKind.LOW_LEVEL_ONE_OFF)) {
            actions.add("Check how this one-off supplier was set up and that goods were received.");
        }
        if (kinds.contains(FlagKind.MANY_CATEGORIES)) {
            actions.add("Check why it is paid under so many categories.");
        }
        if (kinds.contains(FlagKind.CH_NOT_ON_REGISTER) || kinds.contains(FlagKind.CH_NAME_MISMATCH)) {
            actions.add("Confirm which company is being paid: the number on file and the register disagree.");
        }
        if (kinds.contains(FlagKind.CH_STATUS)
                || kinds.contains(FlagKind.CH_DORMANT_OR_NO_ACCOUNTS)
                || kinds.contains(FlagKind.CH_FILINGS_OVERDUE)) {
            actions.add("Read its filing history at Companies House before any further payment or award.");
        }
        if (kinds.contains(FlagKind.CH_RECENTLY_INCORPORATED) || kinds.contains(FlagKind.PSC_STATEMENT)) {
            actions.add("Find out who owns and runs it: directors, people with significant control, their other"
                    + " companies.");
        }
        if (kinds.contains(FlagKind.CH_SHARED_ADDRESS) || kinds.contains(FlagKind.PSC_COMMON_CONTROL)) {
            actions.add("Review the linked suppliers together (shared address or controller): bids, quotes and"
                    + " split orders.");
        }
        return actions;
    }
}
