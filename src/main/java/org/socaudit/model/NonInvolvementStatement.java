package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A "Non Involvement with Serious and Organised Crime" text for a notice or tender documents. */
public record NonInvolvementStatement(
        String id,
        ProcurementRegime regime,
        StatementUse use,
        String title,
        String placement,
        String text,
        List<String> legalReferences) {

    public NonInvolvementStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        legalReferences = List.copyOf(legalReferences);
    }
}
