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
import org.socaudit.model.ChecklistLink;
import org.socaudit.model.InvalidInputException;

/** The template's editable mappings: organisational unit words per service and links to checklist sections. */
class AuditTemplateLinksTest {

    @Test
    void readsTheShippedLinksAndOrgUnitWords() {
        AuditTemplate template = BundledContent.auditTemplate();

        assertEquals("la-soc-checklist", template.checklistLinks().checklistId());
        assertEquals(8, template.checklistLinks().links().size());
        assertTrue(template.checklistLinks()
                .links()
                .contains(new ChecklistLink(
                        "insider-threat", "hr", List.of("vetting", "secondary-employment", "gifts-hospitality"))));
        assertTrue(
                template.checklistLinks().links().contains(new ChecklistLink("procurement", "procurement", List.of())));
        var waste = template.scope().services().stream()
                .filter(s -> s.id().equals("waste-disposal"))
                .findFirst()
                .orElseThrow();
        assertTrue(waste.orgUnits().contains("waste disposal"), waste.orgUnits().toString());
    }

    @Test
    void everyLinkedSectionIsASectionOfTheShippedChecklist() {
        var sections =
                BundledContent.checklist().sections().stream().map(s -> s.id()).toList();

        for (ChecklistLink link :
                BundledContent.auditTemplate().checklistLinks().links()) {
            assertTrue(sections.contains(link.sectionId()), link.sectionId());
        }
    }

    @Test
    void reportsALinkToAnAreaOrTopicTheTemplateDoesNotHaveWithItsPosition() throws Exception {
        String xml = shipped()
                .replace(
                        "<link section=\"licensing\" area=\"licensing\"/>",
                        "<link section=\"licensing\" area=\"licencing\"/>")
                .replace("topics=\"vetting secondary-employment", "topics=\"vetting interests");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(xml));

        String message = e.getMessage();
        assertTrue(message.contains("names area 'licencing', which this template does not have"), message);
        assertTrue(message.contains("names topic 'interests', which area 'hr' does not have"), message);
        assertTrue(message.matches("(?s).*template\\.xml:\\d+:\\d+: link for section 'licensing'.*"), message);
    }

    @Test
    void reportsASectionLinkedTwice() throws Exception {
        String xml = shipped()
                .replace(
                        "<link section=\"licensing\" area=\"licensing\"/>",
                        "<link section=\"procurement\" area=\"licensing\"/>");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(xml));

        assertTrue(e.getMessage().contains("duplicate linked checklist section 'procurement'"), e.getMessage());
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
