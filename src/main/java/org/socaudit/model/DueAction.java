package org.socaudit.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action with a due date: from the checklist's improvement plan or an audit recommendation. The
 * source says which ("Checklist" or "Audit") and the ref which question.
 */
public record DueAction(String source, String ref, String action, String owner, LocalDate due) {

    public DueAction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(due, "due");
    }

    /** Whether the action was due before the given day. */
    public boolean overdueOn(LocalDate day) {
        return due.isBefore(day);
    }
}
