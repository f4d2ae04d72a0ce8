package org.socaudit.xml;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Presents a document without namespaces, so one set of binding classes can serve every document
 * kind. Only used after the root element's namespace has been checked and the whole document has
 * been validated against a schema that admits no foreign elements, so nothing is lost.
 */
final class NamespaceDroppingReader extends StreamReaderDelegate {

    NamespaceDroppingReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public String getNamespaceURI() {
        return XMLConstants.NULL_NS_URI;
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return XMLConstants.NULL_NS_URI;
    }

    @Override
    public String getPrefix() {
        return XMLConstants.DEFAULT_NS_PREFIX;
    }

    @Override
    public QName getName() {
        return new QName(getLocalName());
    }

    @Override
    public int getNamespaceCount() {
        return 0;
    }

    @Override
    public String getAttributeNamespace(int index) {
        return XMLConstants.NULL_NS_URI;
    }

    @Override
    public String getAttributePrefix(int index) {
        return XMLConstants.DEFAULT_NS_PREFIX;
    }

    @Override
    public QName getAttributeName(int index) {
        return new QName(getAttributeLocalName(index));
    }
}
