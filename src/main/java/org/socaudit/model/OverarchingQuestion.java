package org.socaudit.model;

import java.util.Objects;

/** A question the whole audit should answer. */
public record OverarchingQuestion(String id, String text) {

    public OverarchingQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
