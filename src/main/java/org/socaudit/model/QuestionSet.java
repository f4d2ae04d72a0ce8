package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * The questions for one body, such as community safety partnerships: its short label ({@code ref},
 * such as "CSP"), its name, the source's heading, and what councillors should expect to hear.
 */
public record QuestionSet(
        String id, String ref, String body, String title, List<MemberQuestion> questions, List<String> expectations) {

    public QuestionSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
        expectations = List.copyOf(expectations);
    }
}
