package org.socaudit.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses one XML document safely: refuses any DTD (and so every entity trick), checks the root
 * element, validates against the kind's XSD while binding with JAXB, and reports every problem with
 * its line and column.
 */
final class XmlDocumentParser {

    /** Content documents are small; anything bigger is refused before parsing. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final Pattern QUALIFIED_NAMES = Pattern.compile("'?\\{((?:\"[^\"]*\":[\\w\\-]+(?:, )?)+)\\}'?");

    private static final Pattern LONG_QUOTE = Pattern.compile("'([^']{60})[^']{20,}'");

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

    private XmlDocumentParser() {}

    /** Reads a document of the given kind into its binding class, or throws with every problem found. */
    static <T> T parse(String sourceName, InputStream in, DocumentKind kind, Class<T> binding)
            throws InvalidInputException {
        return parseVersioned(sourceName, in, kind, binding).value();
    }

    /** A document read into its binding class, with the namespace that says which version it is. */
    record Parsed<T>(T value, String namespace) {}

    /** As {@link #parse}, also saying which version (namespace) of the kind the document is. */
    static <T> Parsed<T> parseVersioned(String sourceName, InputStream in, DocumentKind kind, Class<T> binding)
            throws InvalidInputException {
        byte[] content = readLimited(sourceName, in);
        String namespace = checkRoot(sourceName, content, kind);
        ShapeCheck.check(sourceName, content, kind);
        validate(sourceName, content, kind.schemaResource(namespace));
        return new Parsed<>(bind(sourceName, content, binding), namespace);
    }

    /** Reads only as far as the root element and says which kind of document it is. */
    static DocumentKind sniff(String sourceName, InputStream in) throws InvalidInputException {
        return DocumentKind.ofRoot(sniffRoot(sourceName, in)).orElseThrow();
    }

    /** Reads only as far as the root element, which must be a toolkit document's, and returns its name. */
    private static javax.xml.namespace.QName sniffRoot(String sourceName, InputStream in) throws InvalidInputException {
        XMLStreamReader reader = null;
        try {
            reader = secureInputFactory().createXMLStreamReader(sourceName, in);
            advanceToRootElement(sourceName, reader);
            var root = reader.getName();
            var kind = DocumentKind.ofRoot(root);
            if (kind.isEmpty()) {
                throw new InvalidInputException(at(sourceName, reader.getLocation(), unknownRootMessage(root)));
            }
            return root;
        } catch (XMLStreamException e) {
            throw new InvalidInputException(notWellFormed(sourceName, e));
        } catch (RuntimeException e) {
            throw new InvalidInputException(parserFailure(sourceName, reader, e));
        } finally {
            close(reader);
        }
    }

    /**
     * The JDK's StAX parser fails on some malformed input with an unchecked exception instead of an
     * XMLStreamException: a DOCTYPE holding zero bytes gives MissingResourceException
     * "InvalidCharInDTD" (found by fuzzing). It is still the file's fault, so say where.
     */
    static Problem parserFailure(String sourceName, XMLStreamReader reader, RuntimeException e) {
        Location where = null;
        try {
            where = reader == null ? null : reader.getLocation();
        } catch (RuntimeException ignored) {
            // No position to give; the file is still named.
        }
        String detail = e.getMessage() == null ? "" : " (" + cleanMessage(e.getMessage()) + ")";
        return at(sourceName, where, "not well-formed XML: the parser cannot read on from here" + detail);
    }

    private static byte[] readLimited(String sourceName, InputStream in) throws InvalidInputException {
        try {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new InvalidInputException(Problem.inFile(
                        sourceName,
                        "file is larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a toolkit document"));
            }
            return content;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(sourceName, "cannot read: " + e.getMessage()));
        }
    }

    /** Checks the document is of the kind expected and returns its namespace, which says its version. */
    private static String checkRoot(String sourceName, byte[] content, DocumentKind kind) throws InvalidInputException {
        var root = sniffRoot(sourceName, new ByteArrayInputStream(content));
        DocumentKind found = DocumentKind.ofRoot(root).orElseThrow();
        if (found != kind) {
            throw new InvalidInputException(Problem.inFile(
                    sourceName, "is a " + found.kindName() + " document, expected a " + kind.kindName() + " document"));
        }
        return root.getNamespaceURI();
    }

    private static void validate(String sourceName, byte[] content, String schemaResource)
            throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        Validator validator = schema(schemaResource).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new CollectingErrorHandler(sourceName, problems));
            validator.validate(new StreamSource(new ByteArrayInputStream(content), sourceName));
        } catch (SAXParseException e) {
            // Already collected by the handler: a fatal error ends validation.
        } catch (SAXException | IOException e) {
            problems.add(Problem.inFile(sourceName, cleanMessage(String.valueOf(e.getMessage()))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static <T> T bind(String sourceName, byte[] content, Class<T> binding) throws InvalidInputException {
        XMLStreamReader reader = null;
        try {
            reader = new NamespaceDroppingReader(
                    secureInputFactory().createXMLStreamReader(sourceName, new ByteArrayInputStream(content)));
            Unmarshaller unmarshaller = context(binding).createUnmarshaller();
            return unmarshaller.unmarshal(reader, binding).getValue();
        } catch (XMLStreamException e) {
            throw new InvalidInputException(notWellFormed(sourceName, e));
        } catch (UnmarshalException e) {
            throw new InvalidInputException(fromUnmarshal(sourceName, e));
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot bind " + binding.getSimpleName(), e);
        } finally {
            close(reader);
        }
    }

    static XMLInputFactory secureInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are not allowed: " + systemId);
        });
        return factory;
    }

    private static void advanceToRootElement(String sourceName, XMLStreamReader reader)
            throws XMLStreamException, InvalidInputException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InvalidInputException(at(
                        sourceName,
                        reader.getLocation(),
                        "a DOCTYPE (DTD) is not allowed; remove it and any entity references"));
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new InvalidInputException(Problem.inFile(sourceName, "no root element: the file is empty or not XML"));
    }

    private static String unknownRootMessage(javax.xml.namespace.QName root) {
        StringBuilder known = new StringBuilder();
        for (DocumentKind kind : DocumentKind.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(kind.describeRoot());
        }
        return "root element <" + root.getLocalPart() + ">" + namespaceNote(root)
                + " is not a toolkit document; expected one of " + known;
    }

    private static String namespaceNote(javax.xml.namespace.QName name) {
        return name.getNamespaceURI().isEmpty() ? " without a namespace" : " in namespace " + name.getNamespaceURI();
    }

    private static Problem fromUnmarshal(String sourceName, UnmarshalException e) {
        Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e.getCause();
        if (cause instanceof XMLStreamException xse) {
            return notWellFormed(sourceName, xse);
        }
        String message = cause != null && cause.getMessage() != null ? cause.getMessage() : String.valueOf(e);
        return Problem.inFile(sourceName, cleanMessage(message));
    }

    private static Problem notWellFormed(String sourceName, XMLStreamException e) {
        Location where = e.getLocation();
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        // The StAX message repeats the position as "ParseError at [row,col]:[3,5]\nMessage: ...".
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        return at(sourceName, where, "not well-formed XML: " + cleanMessage(message));
    }

    private static Problem at(String sourceName, Location where, String message) {
        return where == null
                ? Problem.inFile(sourceName, message)
                : Problem.at(sourceName, where.getLineNumber(), where.getColumnNumber(), message);
    }

    /**
     * Makes a parser message readable: drops the validator's error codes ("cvc-complex-type.2.4.a: "),
     * writes qualified names such as '{"urn:soc-audit:checklist:1":item}' as {@code <item>}, and
     * squeezes white space.
     */
    static String cleanMessage(String message) {
        String plain = message.replaceFirst("^cvc-[\\w.\\-]+: ", "");
        Matcher names = QUALIFIED_NAMES.matcher(plain);
        StringBuilder readable = new StringBuilder();
        while (names.find()) {
            String list = names.group(1).replaceAll("\"[^\"]*\":", "").replaceAll("([\\w\\-]+)", "<$1>");
            names.appendReplacement(readable, Matcher.quoteReplacement(list));
        }
        names.appendTail(readable);
        String squeezed = readable.toString().replaceAll("\\s+", " ").strip();
        // A schema message quotes the offending value; a pasted essay need not be printed back whole.
        return LONG_QUOTE.matcher(squeezed).replaceAll("'$1...'");
    }

    private static Schema schema(String schemaResource) {
        return SCHEMAS.computeIfAbsent(schemaResource, XmlDocumentParser::loadSchema);
    }

    private static Schema loadSchema(String schemaResource) {
        var url = XmlDocumentParser.class.getResource(schemaResource);
        if (url == null) {
            throw new IllegalStateException("schema resource missing: " + schemaResource);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(url.openStream(), url.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load schema " + schemaResource, e);
        }
    }

    private static JAXBContext context(Class<?> binding) {
        return CONTEXTS.computeIfAbsent(binding, type -> {
            try {
                return JAXBContext.newInstance(type);
            } catch (JAXBException e) {
                throw new IllegalStateException("cannot create JAXB context for " + type.getSimpleName(), e);
            }
        });
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // Closing a reader that has already failed; the original problem is what matters.
            }
        }
    }
}
