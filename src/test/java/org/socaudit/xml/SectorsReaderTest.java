package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Keyword;
import org.socaudit.model.KeywordScope;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;

class SectorsReaderTest {

    private static String bundledVersion2() throws IOException {
        try (InputStream in =
                SectorsReaderTest.class.getResourceAsStream("/org/socaudit/content/checklists/high-risk-sectors.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static SectorCatalogue read(String name, String xml) throws InvalidInputException {
        return new SectorsReader().read(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String problems(InvalidInputException e) {
        return e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    @Test
    void theVersion1FileShippedBeforeVersion2StillLoadsWithPluralsMerged() throws Exception {
        SectorCatalogue catalogue;
        try (InputStream in = getClass().getResourceAsStream("sectors-version-1.xml")) {
            catalogue = new SectorsReader().read("sectors-version-1.xml", in);
        }

        RiskSector vehicles = catalogue.sectors().get(0);
        List<String> taxis = vehicles.keywords().stream()
                .map(Keyword::text)
                .filter(t -> t.toLowerCase(java.util.Locale.ROOT).startsWith("taxi"))
                .toList();
        assertEquals(1, taxis.size(), taxis::toString);
        assertTrue(vehicles.keywords().stream().noneMatch(Keyword::weak), "version 1 terms are all strong");
        assertEquals(10, catalogue.sectors().size());
        assertEquals(List.of(), catalogue.exclusions());
    }

    @Test
    void aVersion1FileStillRefusesTheSameKeywordTwice() {
        String xml = version1("<keyword>taxi</keyword><keyword scope=\"name\">TAXI</keyword>");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("v1.xml", xml));

        assertTrue(problems(e).contains("duplicate keyword in sector VEHICLES_TRANSPORT 'taxi'"), problems(e));
    }

    @Test
    void aVersion1FileMergesKeywordsThatCompareAlikeAndTheirScopes() throws Exception {
        String xml = version1("<keyword scope=\"name\">taxi</keyword><keyword scope=\"category\">Taxis</keyword>");

        List<Keyword> keywords = read("v1.xml", xml).sectors().get(0).keywords();

        assertEquals(1, keywords.size(), keywords::toString);
        assertEquals(KeywordScope.BOTH, keywords.get(0).scope());
    }

    @Test
    void aVersion2FileWithABadStrengthSaysWhereAndWhichValues() throws Exception {
        String xml =
                bundledVersion2().replace("<keyword>taxi</keyword>", "<keyword strength=\"strongest\">taxi</keyword>");
        int line = lineOf(xml, "strongest");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("v2.xml", xml));

        assertEquals(1, e.problems().size(), problems(e));
        String problem = problems(e);
        assertTrue(problem.startsWith("v2.xml:" + line + ":"), problem);
        assertTrue(problem.contains("strength") && problem.contains("strongest") && problem.contains("weak"), problem);
    }

    @Test
    void aVersion2FileWithABadEffectSaysWhere() throws Exception {
        String xml = bundledVersion2().replace("effect=\"low-confidence\"", "effect=\"lower\"");
        int line = lineOf(xml, "effect=\"lower\"");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("v2.xml", xml));

        assertTrue(problems(e).startsWith("v2.xml:" + line + ":"), problems(e));
        assertTrue(problems(e).contains("effect"), problems(e));
    }

    @Test
    void aVersion2FileRefusesKeywordsThatCompareAlike() throws Exception {
        String xml = bundledVersion2()
                .replace(
                        "<keyword>taxi</keyword>",
                        "<keyword>taxi</keyword>\n<keyword strength=\"weak\">TAXIS</keyword>");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("v2.xml", xml));

        assertTrue(
                problems(e).contains("duplicate keyword (as compared) in sector VEHICLES_TRANSPORT 'taxi'"),
                problems(e));
    }

    @Test
    void aVersion2FileRefusesUnlessPhrasesAndExclusionTermsThatCompareAlike() throws Exception {
        String xml = bundledVersion2()
                .replace("<unless>car park</unless>", "<unless>car park</unless>\n<unless>Car-Parks</unless>")
                .replace("<term>paypal</term>", "<term>paypal</term>\n<term>PayPal</term>");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("v2.xml", xml));

        assertTrue(
                problems(e).contains("v2.xml:" + lineOf(xml, "Car-Parks") + ":")
                        && problems(e).contains("duplicate unless phrase (as compared) in sector VEHICLES_TRANSPORT"),
                problems(e));
        assertTrue(
                problems(e).contains("v2.xml:" + lineOf(xml, "PayPal") + ":")
                        && problems(e).contains("duplicate exclusion term (as compared)"),
                problems(e));
    }

    private static int lineOf(String xml, String text) {
        return xml.substring(0, xml.indexOf(text)).split("\n", -1).length;
    }

    /** The shipped version 1 file with the first sector's keywords replaced. */
    private static String version1(String keywords) {
        try (InputStream in = SectorsReaderTest.class.getResourceAsStream("sectors-version-1.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int first = xml.indexOf("<keyword");
            int afterLast = xml.indexOf("</sector>");
            String firstSector = xml.substring(first, afterLast);
            String kept = firstSector.substring(firstSector.lastIndexOf("</keyword>") + "</keyword>".length());
            return xml.substring(0, first) + keywords + kept + xml.substring(afterLast);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
