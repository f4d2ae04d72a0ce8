package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A list of ways councillors can act, such as the key ways to protect the council, with any lead paragraphs. */
public record KeyWays(String id, String title, List<String> lead, List<String> items) {

    public KeyWays {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        lead = List.copyOf(lead);
        items = List.copyOf(items);
    }
}
