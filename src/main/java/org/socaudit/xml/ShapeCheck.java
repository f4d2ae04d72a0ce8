package org.socaudit.xml;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Streams a document once before schema validation and refuses shapes no toolkit document has:
 * elements nested deeper than {@value #MAX_DEPTH}, an attribute or text longer than {@value
 * #MAX_CHARS} characters, or more of any part than {@link ContentLimits} allows. The validator's
 * stacks and its regular expressions for ids and text otherwise take minutes (or run out of memory)
 * on such a file before they report anything. It also refuses XML 1.1, and control characters other
 * than tab, line feed and carriage return in text and attributes (XML 1.0 refuses the C0 controls
 * but allows DEL and the C1 controls, and an 8-bit CSI drives a terminal as ESC [ does).
 */
final class ShapeCheck {

    /** The shipped schemas nest at most seven deep. */
    static final int MAX_DEPTH = 32;

    /** Far above the schemas' longest value (4000 characters), far below what makes validation slow. */
    static final int MAX_CHARS = 65_536;

    private ShapeCheck() {}

    /** Refuses the first place where the document is too deep or a value too long; a malformed document is left to the parser. */
    static void check(String sourceName, byte[] content, DocumentKind kind) throws InvalidInputException {
        XMLStreamReader reader = null;
        try {
            reader = XmlDocumentParser.secureInputFactory()
                    .createXMLStreamReader(sourceName, new ByteArrayInputStream(content));
            checkVersion(sourceName, reader);
            ContentLimits.Counter counter = new ContentLimits.Counter(kind);
            int depth = 0;
            String element = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    element = reader.getLocalName();
                    checkElement(sourceName, reader, depth);
                    String over = counter.start(element, reader.getAttributeValue(null, "id"));
                    if (over != null) {
                        throw refuse(sourceName, reader, over);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    checkText(sourceName, reader, element);
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

    /** XML 1.1 allows control characters as references (&#x1B;) that XML 1.0 refuses; no toolkit document needs it. */
    private static void checkVersion(String sourceName, XMLStreamReader reader) throws InvalidInputException {
        String version = reader.getVersion();
        if (version != null && !version.equals("1.0")) {
            throw new InvalidInputException(Problem.at(
                    sourceName,
                    1,
                    1,
                    "XML " + version + " is not accepted; toolkit documents are XML 1.0 (<?xml version=\"1.0\"?>)"));
        }
    }

    private static void checkText(String sourceName, XMLStreamReader reader, String element)
            throws InvalidInputException {
        if (reader.getTextLength() > MAX_CHARS) {
            throw refuse(
                    sourceName,
                    reader,
                    "the text in <" + element + "> is " + reader.getTextLength()
                            + " characters long; the longest this toolkit reads is " + MAX_CHARS);
        }
        int control = firstControl(reader.getText());
        if (control >= 0) {
            throw refuse(sourceName, reader, controlMessage("the text in <" + element + ">", control));
        }
    }

    /** The first control character other than tab, line feed and carriage return, or -1. */
    static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    private static String controlMessage(String where, int control) {
        return where + " holds the control character U+" + String.format("%04X", control)
                + "; only tab, line feed and carriage return may appear in a toolkit document";
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
            String value = reader.getAttributeValue(i);
            String attribute = "attribute '" + reader.getAttributeLocalName(i) + "' of <" + reader.getLocalName() + ">";
            if (value.length() > MAX_CHARS) {
                throw refuse(
                        sourceName,
                        reader,
                        attribute + " is " + value.length() + " characters long; the longest this toolkit reads is "
                                + MAX_CHARS);
            }
            int control = firstControl(value);
            if (control >= 0) {
                throw refuse(sourceName, reader, controlMessage(attribute, control));
            }
        }
    }

    private static InvalidInputException refuse(String sourceName, XMLStreamReader reader, String message) {
        var where = reader.getLocation();
        return new InvalidInputException(
                Problem.at(sourceName, where.getLineNumber(), where.getColumnNumber(), message));
    }
}
