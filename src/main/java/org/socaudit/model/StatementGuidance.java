package org.socaudit.model;

import java.util.Objects;

/**
 * A paragraph on when and how to use the non-involvement statements: quoted from a section of the
 * source, or the toolkit's own when {@code section} is null.
 */
public record StatementGuidance(String section, String text) {

    public StatementGuidance {
        Objects.requireNonNull(text, "text");
    }

    /** Whether the paragraph is quoted from the source rather than the toolkit's own. */
    public boolean quoted() {
        return section != null;
    }
}
