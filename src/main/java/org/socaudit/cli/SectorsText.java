package org.socaudit.cli;

import java.util.stream.Collectors;
import org.socaudit.model.NonInvolvementStatement;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;
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
            out.labelled(
                    "  Keywords:     ",
                    sector.keywords().stream().map(k -> k.text()).collect(Collectors.joining(", ")));
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
    }

    private static String sic(RiskSector sector, SicTier tier) {
        String codes = sector.sicCodes().stream()
                .filter(c -> c.tier() == tier)
                .map(c -> c.code() + " " + c.title())
                .collect(Collectors.joining("; "));
        return codes.isEmpty() ? "(none)" : codes;
    }
}
