package org.socaudit.xml;

import java.util.List;
import org.socaudit.model.Problem;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Keeps every schema error and warning as a located problem, so a user sees them all at once. */
final class CollectingErrorHandler implements ErrorHandler {

    private final String sourceName;
    private final List<Problem> problems;

    CollectingErrorHandler(String sourceName, List<Problem> problems) {
        this.sourceName = sourceName;
        this.problems = problems;
    }

    @Override
    public void warning(SAXParseException e) {
        add(e);
    }

    @Override
    public void error(SAXParseException e) {
        add(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        add(e);
        throw e;
    }

    private void add(SAXParseException e) {
        problems.add(Problem.at(
                sourceName,
                e.getLineNumber(),
                e.getColumnNumber(),
                XmlDocumentParser.cleanMessage(String.valueOf(e.getMessage()))));
    }
}
