package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * A kind of supplier recognised by terms in its name (public bodies, payment intermediaries,
 * charities) that is either not sector-screened or only at low confidence, with the reason shown.
 * {@code companiesScreened}: a name carrying a company's legal form is not of this kind.
 */
public record SectorExclusion(
        String id, String name, String reason, boolean notScreened, boolean companiesScreened, List<String> terms) {

    public SectorExclusion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        terms = List.copyOf(terms);
    }
}
