package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A checklist section, such as "4. Procurement", with its questions in order. */
public record Section(String id, Integer number, String title, List<Question> questions) {

    public Section {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
    }

    /** The title with its number, as the source shows it: "4. Procurement". */
    public String heading() {
        return number == null ? title : number + ". " + title;
    }
}
