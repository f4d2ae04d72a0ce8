package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** One checklist question; items are listed points the question asks about. */
public record Question(String id, String letter, String text, List<String> items) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
    }

    /** The text with its listed items appended as bullet lines (separated by a line feed). */
    public String fullText() {
        StringBuilder all = new StringBuilder(text);
        items.forEach(item -> all.append('\n').append("- ").append(item));
        return all.toString();
    }
}
