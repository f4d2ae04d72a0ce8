package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * One checklist question; items are listed points the question asks about; risk is the risk a weak
 * answer points to, in a short sentence (null when the checklist gives none).
 */
public record Question(String id, String letter, String text, List<String> items, String risk) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(text, "text");
        items = List.copyOf(items);
    }

    /** A question without a risk title. */
    public Question(String id, String letter, String text, List<String> items) {
        this(id, letter, text, items, null);
    }

    /** The risk title if there is one, else the question's full text. */
    public String riskOrText() {
        return risk == null ? fullText() : risk;
    }

    /** The text with its listed items appended as bullet lines (separated by a line feed). */
    public String fullText() {
        StringBuilder all = new StringBuilder(text);
        items.forEach(item -> all.append('\n').append("- ").append(item));
        return all.toString();
    }
}
