package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.adapters.CollapsedStringAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** JAXB binding of checklist-1.xsd. */
@XmlRootElement(name = "checklist")
@XmlAccessorType(XmlAccessType.FIELD)
final class ChecklistXml extends LocatedXml {

    @XmlAttribute
    String id;

    @XmlAttribute
    String version;

    @XmlElement
    String title;

    @XmlElement
    CommonXml.SourceXml source;

    @XmlElement
    Guidance guidance;

    @XmlElement
    ScaleXml scale;

    @XmlElement(name = "group")
    List<Group> groups = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Guidance {
        CommonXml.ParagraphsXml threat;
        CommonXml.ParagraphsXml purpose;
        CommonXml.ParagraphsXml howToUse;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class ScaleXml extends LocatedXml {
        @XmlElement(name = "level")
        List<Level> levels = new ArrayList<>();

        @XmlElement(name = "rating")
        List<Rating> ratings = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Level extends LocatedXml {
        // The schema reads the id as a token (surrounding spaces ignored); so does the binding.
        @XmlAttribute
        @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
        String id;

        @XmlAttribute
        String label;

        @XmlAttribute
        int points;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Rating extends LocatedXml {
        @XmlAttribute
        @XmlJavaTypeAdapter(CollapsedStringAdapter.class)
        String level;

        @XmlAttribute
        BigDecimal minPercent;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Group extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String title;

        @XmlElement(name = "section")
        List<Section> sections = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Section extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        Integer number;

        @XmlAttribute
        String title;

        @XmlElement(name = "question")
        List<Question> questions = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Question extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String letter;

        @XmlElement
        String text;

        @XmlElement(name = "item")
        List<String> items = new ArrayList<>();

        @XmlElement
        String risk;
    }
}
