package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** JAXB binding of member-questions-1.xsd. */
@XmlRootElement(name = "memberQuestions")
@XmlAccessorType(XmlAccessType.FIELD)
final class MemberQuestionsXml extends LocatedXml {

    @XmlAttribute
    String id;

    @XmlAttribute
    String version;

    String title;
    CommonXml.SourceXml source;
    Introduction introduction;

    @XmlElement(name = "ways")
    List<Ways> ways = new ArrayList<>();

    @XmlElement(name = "questionSet")
    List<QuestionSet> sets = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Introduction {
        @XmlAttribute
        String title;

        @XmlElement(name = "p")
        List<String> paragraphs = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Ways extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String title;

        @XmlElement(name = "p")
        List<String> lead = new ArrayList<>();

        @XmlElement(name = "item")
        List<String> items = new ArrayList<>();
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class QuestionSet extends LocatedXml {
        @XmlAttribute
        String id;

        @XmlAttribute
        String ref;

        @XmlAttribute
        String body;

        @XmlAttribute
        String title;

        @XmlElement(name = "question")
        List<Question> questions = new ArrayList<>();

        CommonXml.ParagraphsXml expectation;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Question extends LocatedXml {
        @XmlAttribute
        String id;

        String text;

        @XmlElement(name = "item")
        List<String> items = new ArrayList<>();
    }
}
