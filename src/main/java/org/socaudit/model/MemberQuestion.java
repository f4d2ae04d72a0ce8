package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** One question for members, its reference for people ("CSP 1"), and the items of any list it gives. */
public record MemberQuestion(String id, String ref, String text, List<String> items) {

    public MemberQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
    }
}
