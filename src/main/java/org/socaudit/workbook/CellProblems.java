package org.socaudit.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Collects what is wrong with a workbook being read back, each problem at its file, sheet and cell. */
final class CellProblems {

    private final String sourceName;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> notes = new ArrayList<>();

    CellProblems(String sourceName) {
        this.sourceName = sourceName;
    }

    void at(String sheet, int row, int column, String message) {
        problems.add(Problem.inCell(sourceName, sheet, new CellReference(row, column).formatAsString(false), message));
    }

    /** Something that may be wrong, worth telling the user, but not a reason to refuse the file. */
    void note(String sheet, int row, int column, String message) {
        notes.add(Problem.inCell(sourceName, sheet, new CellReference(row, column).formatAsString(false), message));
    }

    List<Problem> notes() {
        return List.copyOf(notes);
    }

    void inFile(String message) {
        problems.add(Problem.inFile(sourceName, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems have been collected so far. */
    int size() {
        return problems.size();
    }

    /** Throws with every problem collected, if there is any. */
    void throwIfAny() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Throws now with this one problem (and any collected before it). */
    InvalidInputException fatal(String message) {
        inFile(message);
        return new InvalidInputException(problems);
    }

    @Override
    public String toString() {
        return problems.toString();
    }
}
