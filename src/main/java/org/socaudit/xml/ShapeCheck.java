package org.socaudit.xml;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Streams a document once before schema validation and refuses shapes no toolkit document has:
 * elements nested deeper than {@value #MAX_DEPTH}, or an attribute or text longer than {@value
 * #MAX_CHARS} characters. The validator's stacks and its regular expressions for ids and text
 * otherwise take minutes (or run out of memory) on such a file before they report anything.
 */
final class ShapeCheck {

    /** The shipped schemas nest at most seven deep. */
    static final int MAX_DEPTH = 32;

    /** Far above the schemas' longest value (4000 characters), far below what makes validation slow. */
    static final int MAX_CHARS = 65_536;

    private ShapeCheck() {}

    /** Refuses the first place where the document is too deep or a value too long; a malformed document is left to the parser. */
    static void check(String sourceName, byte[] content) throws InvalidInputException {
        XMLStreamReader reader = null;
        try {
            reader = XmlDocumentParser.secureInputFactory()
                    .createXMLStreamReader(sourceName, new ByteArrayInputStream(content));
            int depth = 0;
            String element = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    element = reader.getLocalName();
                    checkElement(sourceName, reader, depth);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (reader.getTextLength() > MAX_CHARS) {
                        throw refuse(
                                sourceName,
                                reader,
                                "the text in <" + element + "> is " + reader.getTextLength()
                                        + " characters long; the longest this toolkit reads is " + MAX_CHARS);
                    }
                }
            }
        } catch (XMLStreamException e) {
            // Not well-formed: the parser that follows reports it with its position.
        } catch (RuntimeException e) {
            throw new InvalidInputException(XmlDocumentParser.parserFailure(sourceName, reader, e));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // Nothing was written; the check's outcome stands.
                }
            }
        }
    }

    private static void checkElement(String sourceName, XMLStreamReader reader, int depth)
            throws InvalidInputException {
        if (depth > MAX_DEPTH) {
            throw refuse(
                    sourceName,
                    reader,
                    "elements are nested more than " + MAX_DEPTH + " deep (<" + reader.getLocalName()
                            + ">); no toolkit document is");
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            int length = reader.getAttributeValue(i).length();
            if (length > MAX_CHARS) {
                throw refuse(
                        sourceName,
                        reader,
                        "attribute '" + reader.getAttributeLocalName(i) + "' of <" + reader.getLocalName() + "> is "
                                + length + " characters long; the longest this toolkit reads is " + MAX_CHARS);
            }
        }
    }

    private static InvalidInputException refuse(String sourceName, XMLStreamReader reader, String message) {
        var where = reader.getLocation();
        return new InvalidInputException(
                Problem.at(sourceName, where.getLineNumber(), where.getColumnNumber(), message));
    }
}
