package org.socaudit.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The high-risk business sectors with their classification evidence, the suppliers kept out of the
 * sector screen or held at low confidence, the words that mark goods rather than a trade, and the
 * non-involvement texts with the guidance on when to use them.
 */
public record SectorCatalogue(
        DocumentInfo info,
        List<String> introduction,
        List<RiskSector> sectors,
        List<SectorExclusion> exclusions,
        List<String> goodsWords,
        List<NonInvolvementStatement> statements,
        List<StatementGuidance> statementGuidance) {

    public SectorCatalogue {
        Objects.requireNonNull(info, "info");
        introduction = List.copyOf(introduction);
        sectors = List.copyOf(sectors);
        exclusions = List.copyOf(exclusions);
        goodsWords = List.copyOf(goodsWords);
        statements = List.copyOf(statements);
        statementGuidance = List.copyOf(statementGuidance);
    }

    /** The sector with this id. */
    public Optional<RiskSector> sector(String id) {
        return sectors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Each sector's name by its id, in file order. */
    public Map<String, String> namesById() {
        Map<String, String> names = new LinkedHashMap<>();
        sectors.forEach(sector -> names.put(sector.id(), sector.name()));
        return names;
    }
}
