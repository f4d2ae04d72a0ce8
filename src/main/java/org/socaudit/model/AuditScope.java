package org.socaudit.model;

import java.util.List;

/** The services a council might bring into an audit's scope, by directorate, and why some are at risk. */
public record AuditScope(List<String> introduction, List<String> atRiskBasis, List<Directorate> directorates) {

    public AuditScope {
        introduction = List.copyOf(introduction);
        atRiskBasis = List.copyOf(atRiskBasis);
        directorates = List.copyOf(directorates);
    }

    /** Every service, in order. */
    public List<ServiceArea> services() {
        return directorates.stream().flatMap(d -> d.services().stream()).toList();
    }
}
