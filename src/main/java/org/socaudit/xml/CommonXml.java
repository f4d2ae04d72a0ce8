package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.socaudit.model.DocumentInfo;
import org.socaudit.model.Guidance;
import org.socaudit.model.Source;

/** Binding shapes shared by the content documents. */
final class CommonXml {

    private CommonXml() {}

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class SourceXml {
        @XmlAttribute
        String publisher;

        @XmlAttribute
        String document;

        @XmlAttribute
        String part;

        @XmlAttribute
        String edition;

        @XmlElement(name = "note")
        List<String> notes = new ArrayList<>();

        Source toModel() {
            return new Source(
                    ContentChecks.text(publisher),
                    ContentChecks.text(document),
                    ContentChecks.text(part),
                    ContentChecks.text(edition),
                    ContentChecks.texts(notes));
        }
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class ParagraphsXml {
        @XmlElement(name = "p")
        List<String> paragraphs = new ArrayList<>();

        List<String> toModel() {
            return ContentChecks.texts(paragraphs);
        }
    }

    /** Maps the identity every content document declares. */
    static DocumentInfo info(String id, String version, String title, SourceXml source) {
        return new DocumentInfo(id, version, ContentChecks.text(title), source.toModel());
    }

    /** Maps guidance; the threat is optional. */
    static Guidance guidance(ParagraphsXml threat, ParagraphsXml purpose, ParagraphsXml howToUse) {
        return new Guidance(threat == null ? List.of() : threat.toModel(), purpose.toModel(), howToUse.toModel());
    }
}
