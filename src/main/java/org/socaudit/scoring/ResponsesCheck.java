package org.socaudit.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.Question;
import org.socaudit.model.Response;

/** Says whether responses were made for this checklist: the same id and version, and known questions. */
public final class ResponsesCheck {

    private ResponsesCheck() {}

    /** Every mismatch between the responses and the checklist, as messages; empty when they fit. */
    public static List<String> mismatches(Checklist checklist, ChecklistResponses responses) {
        List<String> problems = new ArrayList<>();
        String expected = checklist.info().id() + " version " + checklist.info().version();
        String found = responses.checklistId() + " version " + responses.checklistVersion();
        if (!expected.equals(found)) {
            problems.add("these responses are for checklist " + found + ", not " + expected
                    + "; score them with the checklist they were made for (--checklist FILE)");
            return problems;
        }
        Set<String> known = checklist.questions().stream().map(Question::id).collect(Collectors.toSet());
        for (Response response : responses.responses()) {
            if (!known.contains(response.questionId())) {
                problems.add("question '" + response.questionId() + "' is not in checklist " + expected);
            }
        }
        return problems;
    }
}
