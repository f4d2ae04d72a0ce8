package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A business sector at risk of exploitation by organised crime groups, with how to recognise it. */
public record RiskSector(
        String id,
        String name,
        List<String> examples,
        List<SicCode> sicCodes,
        List<CpvCode> cpvCodes,
        List<ProClassCode> proClassCodes,
        List<Keyword> keywords) {

    public RiskSector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        examples = List.copyOf(examples);
        sicCodes = List.copyOf(sicCodes);
        cpvCodes = List.copyOf(cpvCodes);
        proClassCodes = List.copyOf(proClassCodes);
        keywords = List.copyOf(keywords);
    }
}
