package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * A business sector at risk of exploitation by organised crime groups, with how to recognise it;
 * {@code unless} holds phrases that mean a name or category holding one of its terms is not about it.
 */
public record RiskSector(
        String id,
        String name,
        List<String> examples,
        List<SicCode> sicCodes,
        List<CpvCode> cpvCodes,
        List<ProClassCode> proClassCodes,
        List<Keyword> keywords,
        List<String> unless) {

    public RiskSector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        examples = List.copyOf(examples);
        sicCodes = List.copyOf(sicCodes);
        cpvCodes = List.copyOf(cpvCodes);
        proClassCodes = List.copyOf(proClassCodes);
        keywords = List.copyOf(keywords);
        unless = List.copyOf(unless);
    }
}
