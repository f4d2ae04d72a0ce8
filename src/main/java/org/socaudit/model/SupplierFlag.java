package org.socaudit.model;

import java.util.Objects;

/** A flag raised on a supplier, with the detail that raised it. */
public record SupplierFlag(FlagKind kind, String detail) {

    public SupplierFlag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return kind.label() + ": " + detail;
    }
}
