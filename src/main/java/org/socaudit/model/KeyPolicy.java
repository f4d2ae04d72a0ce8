package org.socaudit.model;

import java.util.Objects;

/** A plan, policy or procedure that most councils should have in place. */
public record KeyPolicy(String id, String title) {

    public KeyPolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
