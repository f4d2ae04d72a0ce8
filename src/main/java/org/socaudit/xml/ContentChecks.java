package org.socaudit.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Collects the problems a schema cannot see, such as a repeated id, each at the element's position. */
final class ContentChecks {

    private final String sourceName;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Map<String, LocatedXml>> claimed = new HashMap<>();

    ContentChecks(String sourceName) {
        this.sourceName = sourceName;
    }

    /** Records that an element uses an id; a second use of the same id is a problem. */
    void claim(String what, String id, LocatedXml element) {
        claimWithin(what, null, id, element);
    }

    /** Records that an element uses an id that must be unique within a scope, such as a section. */
    void claimWithin(String what, String scope, String id, LocatedXml element) {
        if (id == null) {
            return;
        }
        String key = scope == null ? what : what + " in " + scope;
        LocatedXml first = claimed.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(id, element);
        if (first != null) {
            report(
                    element,
                    "duplicate " + what + " '" + id + "'" + (scope == null ? "" : " in " + scope)
                            + " (first used at line " + first.line() + ")");
        }
    }

    /** Records a problem at an element's start tag. */
    void report(LocatedXml element, String message) {
        problems.add(Problem.at(sourceName, element.line(), element.column(), message));
    }

    /** Throws with every problem recorded, if there is any. */
    void throwIfAny() throws InvalidInputException {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Text with surrounding space trimmed and inner runs of white space made single spaces. */
    static String text(String raw) {
        return raw == null ? null : raw.strip().replaceAll("\\s+", " ");
    }

    /** Each text normalised as {@link #text(String)}. */
    static List<String> texts(List<String> raw) {
        return raw.stream().map(ContentChecks::text).toList();
    }
}
