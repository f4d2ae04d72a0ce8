package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.InvalidInputException;

/** The audit template format's versions: version 1 is still read, version 2 adds the parts' headings. */
class AuditTemplateVersionsTest {

    private static final String VERSION_1 = "urn:soc-audit:audit-template:1";
    private static final String VERSION_2 = "urn:soc-audit:audit-template:2";

    @Test
    void theShippedTemplateIsVersionTwo() throws Exception {
        assertTrue(shipped().contains("<auditTemplate xmlns=\"" + VERSION_2 + "\""));
        assertEquals(VERSION_2, DocumentKind.AUDIT_TEMPLATE.namespace());
        assertEquals("audit-template-2.xsd", DocumentKind.AUDIT_TEMPLATE.schemaResource());
        assertEquals("audit-template-1.xsd", DocumentKind.AUDIT_TEMPLATE.schemaResource(VERSION_1));
    }

    @Test
    void aVersionOneTemplateStillLoadsWithoutHeadings() throws Exception {
        AuditTemplate bundled = BundledContent.auditTemplate();

        AuditTemplate template = read(versionOne());

        assertEquals("", template.scope().heading());
        assertEquals("", template.keyPolicies().heading());
        assertEquals(
                bundled.keyPolicies().introduction(), template.keyPolicies().introduction());
        assertEquals(bundled.scope().introduction(), template.scope().introduction());
        assertEquals(bundled.questions(), template.questions());
        assertEquals(bundled.scope().services(), template.scope().services());
        assertEquals(bundled.policies(), template.policies());
        assertEquals(bundled.info(), template.info());
    }

    @Test
    void aVersionOneTemplateIsValidatedAgainstTheVersionOneSchema() throws Exception {
        String xml = versionOne().replace("<policies>\n", "<policies>\n    <heading>KEY PLANS</heading>\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(xml));

        assertTrue(e.getMessage().matches("(?s).*template\\.xml:\\d+:\\d+: .*heading.*"), e.getMessage());
    }

    @Test
    void aVersionTwoTemplateMayLeaveTheHeadingsOut() throws Exception {
        AuditTemplate template = read(withoutHeadings(shipped()));

        assertEquals("", template.scope().heading());
        assertEquals("", template.keyPolicies().heading());
        assertEquals(22, template.policies().size());
    }

    @Test
    void aHeadingBrokenAcrossLinesReadsAsOneLine() throws Exception {
        String xml = shipped()
                .replace(
                        "IN RELATION TO SERIOUS AND ORGANISED CRIME</heading>",
                        "IN RELATION TO\n      SERIOUS AND ORGANISED CRIME</heading>");

        AuditTemplate template = read(xml);

        assertEquals(
                "KEY PLANS, POLICIES AND PROCEDURES TO CONSIDER IN RELATION TO SERIOUS AND ORGANISED CRIME",
                template.keyPolicies().heading());
    }

    @Test
    void anEmptyHeadingIsRefusedWithItsPosition() throws Exception {
        String xml = shipped()
                .replace(
                        "<heading>POTENTIAL AREAS FOR SERIOUS AND ORGANISED CRIME AUDIT</heading>",
                        "<heading> </heading>");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(xml));

        assertTrue(e.getMessage().matches("(?s).*template\\.xml:\\d+:\\d+: .*"), e.getMessage());
    }

    /** The shipped template as a version 1 file: its namespace, without the headings version 2 added. */
    private static String versionOne() throws Exception {
        return withoutHeadings(shipped()).replace(VERSION_2, VERSION_1);
    }

    private static String withoutHeadings(String xml) {
        String stripped = xml.replaceAll("(?m)^\\s*<heading>[^<]*</heading>\\n", "");
        assertEquals(
                List.of(), stripped.lines().filter(l -> l.contains("<heading>")).toList());
        return stripped;
    }

    private static String shipped() throws Exception {
        try (InputStream in = BundledContent.open(BundledContent.AUDIT_TEMPLATE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static AuditTemplate read(String xml) throws InvalidInputException {
        return new AuditTemplateReader()
                .read("template.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
