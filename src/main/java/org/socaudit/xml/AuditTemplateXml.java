package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlList;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.List;

/** JAXB binding of audit-template-2.xsd, which also reads audit-template-1.xsd documents (version 2 only adds). */
@XmlRootElement(name = "auditTemplate")
@XmlAccessorType(XmlAccessType.FIELD)
final class AuditTemplateXml extends LocatedXml {

    @XmlAttribute
    String id;

    @XmlAttribute
    String version;

    String title;
    String subtitle;
    CommonXml.SourceXml source;
    Guidance guidance;

    @XmlElementWrapper(name = "overarchingQuestions")
    @XmlElement(name = "question")
    List<IdText> overarchingQuestions = new ArrayList<>();

    @XmlElementWrapper(name = "steps")
    @XmlElement(name = "step")
    List<Step> steps = new ArrayList<>();

    @XmlElement(name = "area")
    List<Area> areas = new ArrayList<>();

    Scope scope;
    Policies policies;
    ChecklistLinks checklistLinks;

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Guidance {
        CommonXml.ParagraphsXml threat;
        CommonXml.ParagraphsXml purpose;
        CommonXml.ParagraphsXml howToUse;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class IdText extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlValue
        String text;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Step extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        int number;

        @XmlAttribute
        String title;

        @XmlElement(name = "p")
        List<String> paragraphs = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Area extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        Integer number;

        @XmlAttribute
        String title;

        @XmlElement(name = "note")
        List<String> notes = new ArrayList<>();

        @XmlElement(name = "question")
        List<Question> questions = new ArrayList<>();

        @XmlElement(name = "topic")
        List<Topic> topics = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Topic extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String title;

        @XmlElement(name = "note")
        List<String> notes = new ArrayList<>();

        @XmlElement(name = "question")
        List<Question> questions = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Question extends LocatedXml {
        @XmlAttribute
        String id;

        String text;

        @XmlElement(name = "subQuestion")
        List<String> subQuestions = new ArrayList<>();

        @XmlElement(name = "note")
        List<String> notes = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Scope {
        String heading;
        CommonXml.ParagraphsXml introduction;
        CommonXml.ParagraphsXml atRiskBasis;

        @XmlElement(name = "directorate")
        List<Directorate> directorates = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Directorate extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String title;

        @XmlElement(name = "service")
        List<Service> services = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Service extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String title;

        @XmlAttribute
        boolean atRisk;

        @XmlAttribute
        @XmlList
        List<String> sectors = new ArrayList<>();

        String reason;

        @XmlElement(name = "orgUnit")
        List<String> orgUnits = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class ChecklistLinks extends LocatedXml {
        @XmlAttribute
        String checklist;

        @XmlElement(name = "link")
        List<Link> links = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Link extends LocatedXml {
        @XmlAttribute
        String section;

        @XmlAttribute
        String area;

        @XmlAttribute
        @XmlList
        List<String> topics = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Policies {
        String heading;
        CommonXml.ParagraphsXml introduction;

        @XmlElement(name = "policy")
        List<IdText> policies = new ArrayList<>();
    }
}
