package org.socaudit.xml;

import java.util.Arrays;
import java.util.Optional;
import javax.xml.namespace.QName;

/** The kinds of XML document the toolkit reads, each recognised by its root element. */
public enum DocumentKind {
    CHECKLIST("checklist", "checklist", "urn:soc-audit:checklist:1", "checklist-1.xsd"),
    AUDIT_TEMPLATE("audit-template", "auditTemplate", "urn:soc-audit:audit-template:1", "audit-template-1.xsd"),
    SECTORS("sectors", "sectors", "urn:soc-audit:sectors:1", "sectors-1.xsd"),
    RESPONSES("responses", "responses", "urn:soc-audit:responses:1", "responses-1.xsd");

    private final String kindName;
    private final QName root;
    private final String schemaResource;

    DocumentKind(String kindName, String rootElement, String namespace, String schemaResource) {
        this.kindName = kindName;
        this.root = new QName(namespace, rootElement);
        this.schemaResource = schemaResource;
    }

    /** The name used in command output, such as {@code audit-template}. */
    public String kindName() {
        return kindName;
    }

    /** The root element that identifies this kind. */
    public QName root() {
        return root;
    }

    /** The namespace of this kind's schema. */
    public String namespace() {
        return root.getNamespaceURI();
    }

    /** The file name of the schema resource, beside this class on the classpath. */
    public String schemaResource() {
        return schemaResource;
    }

    /** The kind whose root element this is. */
    public static Optional<DocumentKind> ofRoot(QName element) {
        return Arrays.stream(values()).filter(k -> k.root.equals(element)).findFirst();
    }

    /** How a root element of this kind looks, for error messages. */
    String describeRoot() {
        return "<" + root.getLocalPart() + " xmlns=\"" + root.getNamespaceURI() + "\">";
    }
}
