package org.socaudit.model;

import java.util.Objects;

/** A word or phrase that suggests a sector, and where to look for it. */
public record Keyword(String text, KeywordScope scope) {

    public Keyword {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scope, "scope");
    }
}
