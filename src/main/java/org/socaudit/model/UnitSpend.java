package org.socaudit.model;

import java.util.Objects;

/**
 * The spend under one organisational unit (or service label) of the spending files, and the audit
 * scope service its words matched, or null when none did, so the mapping can be checked and edited.
 */
public record UnitSpend(String unit, String serviceId, int payments, long pence) {

    public UnitSpend {
        Objects.requireNonNull(unit, "unit");
    }
}
