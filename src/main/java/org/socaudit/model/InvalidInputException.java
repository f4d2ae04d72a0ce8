package org.socaudit.model;

import java.util.List;
import java.util.stream.Collectors;

/** The user's input is wrong; carries every problem found, each with its location. */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    /** The problems found, in the order they were found. */
    public List<Problem> problems() {
        return problems;
    }
}
