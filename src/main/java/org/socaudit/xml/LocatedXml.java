package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlTransient;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.xml.sax.Locator;

/** Base of the binding classes: remembers where in the file an element started. */
@XmlTransient
abstract class LocatedXml {

    @XmlLocation
    @XmlTransient
    Locator locator;

    int line() {
        return locator == null ? -1 : locator.getLineNumber();
    }

    int column() {
        return locator == null ? -1 : locator.getColumnNumber();
    }
}
