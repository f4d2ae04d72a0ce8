package org.socaudit.model;

import java.util.Objects;

/**
 * A word or phrase that suggests a sector, where to look for it, and whether it is weak: ambiguous
 * alone ("bar", "security"), so that it gives a confident hit only with support from another source.
 */
public record Keyword(String text, KeywordScope scope, boolean weak) {

    public Keyword {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scope, "scope");
    }

    /** A strong keyword. */
    public Keyword(String text, KeywordScope scope) {
        this(text, scope, false);
    }
}
