package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * The services a council might bring into an audit's scope, by directorate, and why some are at risk;
 * {@code heading} is the heading the source gives the list, empty when the template has none.
 */
public record AuditScope(
        String heading, List<String> introduction, List<String> atRiskBasis, List<Directorate> directorates) {

    public AuditScope {
        Objects.requireNonNull(heading, "heading");
        introduction = List.copyOf(introduction);
        atRiskBasis = List.copyOf(atRiskBasis);
        directorates = List.copyOf(directorates);
    }

    /** Every service, in order. */
    public List<ServiceArea> services() {
        return directorates.stream().flatMap(d -> d.services().stream()).toList();
    }
}
