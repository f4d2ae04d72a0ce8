package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * A council service that could be audited, whether it is at greater risk, why, the sectors involved,
 * and the words that identify its organisational units in spending files.
 */
public record ServiceArea(
        String id, String title, boolean atRisk, String reason, List<String> sectorIds, List<String> orgUnits) {

    public ServiceArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
        sectorIds = List.copyOf(sectorIds);
        orgUnits = List.copyOf(orgUnits);
    }
}
