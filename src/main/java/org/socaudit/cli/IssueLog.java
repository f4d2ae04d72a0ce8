package org.socaudit.cli;

import java.util.ArrayList;
import java.util.List;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.socaudit.screening.Screener;

/**
 * Where unusable input lines go: to the screening report, and, with --strict, kept so the run can
 * stop with every one of them listed.
 */
final class IssueLog {

    /** More than this many located problems helps nobody; the count says the rest. */
    private static final int MAX_LISTED = 200;

    private final boolean strict;
    private final List<InputIssue> pending = new ArrayList<>();
    private final List<InputIssue> listed = new ArrayList<>();
    private long count;
    private Screener screener;

    IssueLog(boolean strict) {
        this.strict = strict;
    }

    void add(InputIssue issue) {
        count++;
        if (strict && listed.size() < MAX_LISTED) {
            listed.add(issue);
        }
        if (screener == null) {
            pending.add(issue);
        } else {
            screener.add(issue);
        }
    }

    /** From now on issues go straight to the screener; any found before it existed go first. */
    void forwardTo(Screener target) {
        this.screener = target;
        pending.forEach(target::add);
        pending.clear();
    }

    /** With --strict, any issue stops the run (exit 3) with the issues listed. */
    void failIfStrict() throws InvalidInputException {
        if (!strict || count == 0) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        listed.forEach(i -> problems.add(new Problem(i.location(), i.reason())));
        if (count > listed.size()) {
            problems.add(Problem.inFile("(all inputs)", (count - listed.size()) + " more lines could not be used"));
        }
        throw new InvalidInputException(problems);
    }
}
