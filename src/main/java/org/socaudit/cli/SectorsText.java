package org.socaudit.cli;

import java.util.stream.Collectors;
import org.socaudit.model.KeywordScope;
import org.socaudit.model.NonInvolvementStatement;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SectorExclusion;
import org.socaudit.model.SicTier;

/** The high-risk sectors as text: each sector's examples and evidence, then the statement texts. */
final class SectorsText {

    private final PlainText out;

    SectorsText(PlainText out) {
        this.out = out;
    }

    void print(SectorCatalogue catalogue) {
        out.line(catalogue.info().title() + " (" + catalogue.info().id() + ", version "
                + catalogue.info().version() + ")");
        out.line("Source: " + catalogue.info().source().citation());
        out.line("");
        out.paragraphs(catalogue.introduction());
        for (RiskSector sector : catalogue.sectors()) {
            out.heading(sector.name() + " [" + sector.id() + "]", '-');
            out.labelled("  Examples:     ", String.join(", ", sector.examples()));
            out.labelled("  SIC core:     ", sic(sector, SicTier.CORE));
            out.labelled("  SIC extended: ", sic(sector, SicTier.EXTENDED));
            out.labelled(
                    "  CPV:          ",
                    sector.cpvCodes().stream()
                            .map(c -> c.code() + " " + c.title())
                            .collect(Collectors.joining("; ")));
            out.labelled("  Strong terms: ", terms(sector, false));
            out.labelled("  Weak terms:   ", terms(sector, true));
            if (!sector.unless().isEmpty()) {
                out.labelled("  Unless:       ", String.join(", ", sector.unless()));
            }
        }
        if (!catalogue.exclusions().isEmpty() || !catalogue.goodsWords().isEmpty()) {
            out.heading("EXCLUSIONS", '=');
            for (SectorExclusion exclusion : catalogue.exclusions()) {
                out.heading(
                        exclusion.name() + (exclusion.notScreened() ? " (not screened)" : " (low confidence)"), '-');
                out.labelled("  Why:   ", exclusion.reason());
                out.labelled("  Terms: ", String.join(", ", exclusion.terms()));
                if (exclusion.companiesScreened()) {
                    out.labelled("  But:   ", "a name with Ltd, Limited, PLC, LLP or CIC is screened as a firm");
                }
            }
            if (!catalogue.goodsWords().isEmpty()) {
                out.labelled(
                        "  Goods words (set aside the term before them): ", String.join(", ", catalogue.goodsWords()));
            }
        }
        out.heading("NON-INVOLVEMENT STATEMENTS", '=');
        for (NonInvolvementStatement statement : catalogue.statements()) {
            out.heading(statement.title(), '-');
            out.labelled(
                    "  Law:   ",
                    "for procurements under the " + statement.regime().title());
            if (statement.placement() != null) {
                out.labelled("  Where: ", statement.placement());
            }
            out.labelled("  Text:  ", "\"" + statement.text() + "\"");
            statement.legalReferences().forEach(reference -> out.labelled("  Cites: ", reference));
        }
        if (!catalogue.statementGuidance().isEmpty()) {
            out.heading("WHEN AND HOW TO USE THEM", '-');
            catalogue
                    .statementGuidance()
                    .forEach(p -> out.labelled(
                            p.quoted() ? "  Report " + p.section() + ": " : "  Toolkit: ",
                            p.quoted() ? "\"" + p.text() + "\"" : p.text()));
        }
    }

    /** A sector's strong or weak terms, "(scope: name)" after one looked for in names only. */
    private static String terms(RiskSector sector, boolean weak) {
        String terms = sector.keywords().stream()
                .filter(k -> k.weak() == weak)
                .map(k -> k.text()
                        + (k.scope() == KeywordScope.BOTH
                                ? ""
                                : " (" + k.scope().name().toLowerCase(java.util.Locale.ROOT) + " only)"))
                .collect(Collectors.joining(", "));
        return terms.isEmpty() ? "(none)" : terms;
    }

    private static String sic(RiskSector sector, SicTier tier) {
        String codes = sector.sicCodes().stream()
                .filter(c -> c.tier() == tier)
                .map(c -> c.code() + " " + c.title())
                .collect(Collectors.joining("; "));
        return codes.isEmpty() ? "(none)" : codes;
    }
}
