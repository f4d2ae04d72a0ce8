package org.socaudit.xml;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socaudit.model.Problem;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Keeps every schema error and warning as a located problem, so a user sees them all at once. */
final class CollectingErrorHandler implements ErrorHandler {

    /** Enough to show what is wrong; a file with thousands of errors is not a toolkit document. */
    static final int MAX_PROBLEMS = 100;

    private static final Pattern FOLLOW_UP =
            Pattern.compile("cvc-(attribute\\.3|type\\.3\\.1\\.3|complex-type\\.2\\.2):");

    private static final Pattern ATTRIBUTE = Pattern.compile("of attribute '([^']+)' on element '([^']+)'");

    private final String sourceName;
    private final List<Problem> problems;

    CollectingErrorHandler(String sourceName, List<Problem> problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    @Override
    public void warning(SAXParseException e) throws SAXParseException {
        add(e);
        stopIfTooMany(e);
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
        add(e);
        stopIfTooMany(e);
    }

    private void stopIfTooMany(SAXParseException e) throws SAXParseException {
        if (problems.size() >= MAX_PROBLEMS) {
            problems.add(Problem.inFile(
                    sourceName, "stopped after " + MAX_PROBLEMS + " problems; correct these and check the file again"));
            throw e;
        }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        add(e);
        throw e;
    }

    private void add(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (FOLLOW_UP.matcher(message).lookingAt() && sameLocationAsLast(e)) {
            // Xerces reports a bad value twice: the facet that failed, then which attribute held it.
            // Keep one problem that says both.
            Matcher attribute = ATTRIBUTE.matcher(message);
            if (attribute.find()) {
                Problem last = problems.remove(problems.size() - 1);
                problems.add(new Problem(
                        last.location(),
                        "attribute '" + attribute.group(1) + "' of <" + attribute.group(2) + ">: " + last.message()));
            }
            return;
        }
        problems.add(Problem.at(
                sourceName, e.getLineNumber(), e.getColumnNumber(), XmlDocumentParser.cleanMessage(message)));
    }

    private boolean sameLocationAsLast(SAXParseException e) {
        if (problems.isEmpty()) {
            return false;
        }
        String last = problems.get(problems.size() - 1).location();
        return last.equals(Problem.at(sourceName, e.getLineNumber(), e.getColumnNumber(), "")
                .location());
    }
}
