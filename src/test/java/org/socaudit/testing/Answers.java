package org.socaudit.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.Question;
import org.socaudit.model.Response;

/** Builds checklist responses for tests: complete answers by default, blanks where asked. */
public final class Answers {

    private final Checklist checklist;
    private final Map<String, Response> responses = new LinkedHashMap<>();

    private Answers(Checklist checklist) {
        this.checklist = checklist;
    }

    /** Starts with no answers. */
    public static Answers to(Checklist checklist) {
        return new Answers(checklist);
    }

    /** Answers every question the same way, fully documented. */
    public Answers all(Assessment assessment) {
        for (Question question : checklist.questions()) {
            answer(question.id(), assessment);
        }
        return this;
    }

    /** A fully documented answer: response, owner, target date and evidence. */
    public Answers answer(String questionId, Assessment assessment) {
        return put(new Response(
                questionId,
                assessment,
                "In place for " + questionId,
                "Owner of " + questionId,
                LocalDate.of(2027, 3, 31),
                "Evidence for " + questionId));
    }

    /** Any response as given. */
    public Answers put(Response response) {
        responses.put(response.questionId(), response);
        return this;
    }

    /** Removes an answer, leaving the question unanswered. */
    public Answers blank(String questionId) {
        responses.remove(questionId);
        return this;
    }

    public ChecklistResponses build() {
        return new ChecklistResponses(
                checklist.info().id(),
                checklist.info().version(),
                "Testshire County Council",
                LocalDate.of(2026, 10, 1),
                null,
                new ArrayList<>(responses.values()));
    }

    /** The ids of every question, for comparisons where nothing was added or removed. */
    public static List<String> questionIds(Checklist checklist) {
        return checklist.questions().stream().map(Question::id).toList();
    }
}
