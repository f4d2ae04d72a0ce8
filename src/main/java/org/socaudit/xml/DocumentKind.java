package org.socaudit.xml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;

/**
 * The kinds of XML document the toolkit reads, each recognised by its root element. A kind can have
 * several versions, each its own namespace and schema: the newest is written and described, and the
 * older ones are still read (a version only adds to the one before, so one binding reads them all).
 */
public enum DocumentKind {
    CHECKLIST("checklist", "checklist", "urn:soc-audit:checklist:1", "checklist-1.xsd"),
    AUDIT_TEMPLATE(
            "audit-template",
            "auditTemplate",
            "urn:soc-audit:audit-template:2",
            "audit-template-2.xsd",
            "urn:soc-audit:audit-template:1",
            "audit-template-1.xsd"),
    SECTORS(
            "sectors",
            "sectors",
            "urn:soc-audit:sectors:2",
            "sectors-2.xsd",
            "urn:soc-audit:sectors:1",
            "sectors-1.xsd"),
    RESPONSES("responses", "responses", "urn:soc-audit:responses:1", "responses-1.xsd"),
    MEMBER_QUESTIONS(
            "member-questions", "memberQuestions", "urn:soc-audit:member-questions:1", "member-questions-1.xsd");

    private final String kindName;
    private final QName root;
    private final String schemaResource;
    private final Map<String, String> schemasByNamespace = new LinkedHashMap<>();

    /** {@code olderVersions}: pairs of namespace and schema resource of the versions still read. */
    DocumentKind(
            String kindName, String rootElement, String namespace, String schemaResource, String... olderVersions) {
        this.kindName = kindName;
        this.root = new QName(namespace, rootElement);
        this.schemaResource = schemaResource;
        schemasByNamespace.put(namespace, schemaResource);
        for (int i = 0; i + 1 < olderVersions.length; i += 2) {
            schemasByNamespace.put(olderVersions[i], olderVersions[i + 1]);
        }
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

    /** The file name of the newest version's schema resource, beside this class on the classpath. */
    public String schemaResource() {
        return schemaResource;
    }

    /** The schema resource of the version with this namespace (the newest if the namespace is not one). */
    public String schemaResource(String namespace) {
        return schemasByNamespace.getOrDefault(namespace, schemaResource);
    }

    /** The kind whose root element this is, in any version's namespace. */
    public static Optional<DocumentKind> ofRoot(QName element) {
        return Arrays.stream(values())
                .filter(k -> k.root.getLocalPart().equals(element.getLocalPart())
                        && k.schemasByNamespace.containsKey(element.getNamespaceURI()))
                .findFirst();
    }

    /** How a root element of this kind looks, for error messages. */
    String describeRoot() {
        return "<" + root.getLocalPart() + " xmlns=\"" + root.getNamespaceURI() + "\">";
    }
}
