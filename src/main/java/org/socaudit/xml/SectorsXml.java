package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/** JAXB binding of sectors-2.xsd, which also reads sectors-1.xsd documents (version 2 only adds). */
@XmlRootElement(name = "sectors")
@XmlAccessorType(XmlAccessType.FIELD)
final class SectorsXml extends LocatedXml {

    @XmlAttribute
    String id;

    @XmlAttribute
    String version;

    String title;
    CommonXml.SourceXml source;
    CommonXml.ParagraphsXml introduction;

    @XmlElement(name = "sector")
    List<Sector> sectors = new ArrayList<>();

    @XmlElementWrapper(name = "exclusions")
    @XmlElement(name = "exclusion")
    List<Exclusion> exclusions = new ArrayList<>();

    @XmlElementWrapper(name = "goods")
    @XmlElement(name = "word")
    List<String> goods = new ArrayList<>();

    @XmlElementWrapper(name = "statementGuidance")
    @XmlElement(name = "p")
    List<GuidanceParagraph> statementGuidance = new ArrayList<>();

    @XmlElementWrapper(name = "statements")
    @XmlElement(name = "statement")
    List<Statement> statements = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Sector extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String name;

        @XmlElement(name = "example")
        List<String> examples = new ArrayList<>();

        @XmlElement(name = "sic")
        List<Code> sic = new ArrayList<>();

        @XmlElement(name = "cpv")
        List<Code> cpv = new ArrayList<>();

        @XmlElement(name = "proclass")
        List<Code> proclass = new ArrayList<>();

        @XmlElement(name = "keyword")
        List<Keyword> keywords = new ArrayList<>();

        @XmlElement(name = "unless")
        List<Phrase> unless = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Exclusion extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String name;

        @XmlAttribute
        String effect;

        @XmlAttribute
        String companies;

        String reason;

        @XmlElement(name = "term")
        List<Phrase> terms = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Code extends LocatedXml {
        @XmlAttribute
        String code;

        @XmlAttribute
        String tier;

        @XmlAttribute
        String title;
    }

    /** An unless phrase or an exclusion term, located so that a repeat can be shown where it is. */
    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Phrase extends LocatedXml {
        /**
         * Not in the schema: a class with only a value is bound as a simple type, which JAXB does
         * not locate; one attribute makes it an element with its line and column.
         */
        @XmlAttribute(name = "located")
        String located;

        @XmlValue
        String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Keyword extends LocatedXml {
        @XmlAttribute
        String scope;

        @XmlAttribute
        String strength;

        @XmlValue
        String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class GuidanceParagraph {
        @XmlAttribute
        String section;

        @XmlValue
        String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Statement extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String regime;

        @XmlAttribute
        String use;

        String title;
        String placement;
        String text;

        @XmlElement(name = "legalReference")
        List<String> legalReferences = new ArrayList<>();
    }
}
