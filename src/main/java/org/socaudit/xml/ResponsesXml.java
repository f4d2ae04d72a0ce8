package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** JAXB binding of responses-1.xsd. */
@XmlRootElement(name = "responses")
@XmlAccessorType(XmlAccessType.FIELD)
final class ResponsesXml extends LocatedXml {

    @XmlAttribute
    String checklist;

    @XmlAttribute
    String checklistVersion;

    String authority;
    String completedOn;
    String completedBy;

    @XmlElement(name = "response")
    List<Response> responses = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    static final class Response extends LocatedXml {
        @XmlAttribute
        String question;

        @XmlAttribute
        String assessment;

        String actionTaken;
        String owner;
        String targetDate;
        String evidence;
    }
}
