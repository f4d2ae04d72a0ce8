/** Readers for the toolkit's XML documents: schema-validated, JAXB-bound, then mapped to model records. */
@XmlSchema(elementFormDefault = XmlNsForm.QUALIFIED)
package org.socaudit.xml;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
