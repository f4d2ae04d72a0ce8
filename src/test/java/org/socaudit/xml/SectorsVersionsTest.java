package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Keyword;
import org.socaudit.model.SectorCatalogue;

/** The sectors format's versions: version 1 is still read, version 2's additions are checked. */
class SectorsVersionsTest {

    private static String document(int version, String sectorBody, String afterSectors) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sectors xmlns=\"urn:soc-audit:sectors:" + version + "\" id=\"council-sectors\" version=\"3.1\">\n"
                + "<title>Our sectors</title>\n"
                + "<source publisher=\"Testshire\" document=\"Local list\" edition=\"2026\"/>\n"
                + "<introduction><p>Our own sectors.</p></introduction>\n"
                + "<sector id=\"WASTE\" name=\"Waste\">\n<example>skips</example>\n" + sectorBody + "</sector>\n"
                + afterSectors
                + "<statements><statement id=\"s\" regime=\"pcr-2015\" use=\"notice\"><title>T</title><text>Text."
                + "</text><legalReference>Ref</legalReference></statement></statements>\n"
                + "</sectors>\n";
    }

    private static SectorCatalogue read(String xml) throws InvalidInputException {
        return new SectorsReader().read("sectors.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aVersionOneFileIsStillReadWithEveryKeywordStrong() throws Exception {
        SectorCatalogue catalogue = read(document(1, "<keyword scope=\"name\">skip hire</keyword>\n", ""));

        Keyword keyword = catalogue.sectors().get(0).keywords().get(0);
        assertEquals("skip hire", keyword.text());
        assertFalse(keyword.weak());
        assertEquals(0, catalogue.exclusions().size());
    }

    @Test
    void aVersionOneFileCannotUseVersionTwoElements() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> read(document(1, "<keyword strength=\"weak\">skip</keyword>\n", "")));
        assertTrue(e.getMessage().contains("sectors.xml:8:"), e.getMessage());
        assertTrue(e.getMessage().contains("strength"), e.getMessage());
    }

    @Test
    void aVersionTwoFileCarriesStrengthsUnlessPhrasesExclusionsAndGoodsWords() throws Exception {
        SectorCatalogue catalogue = read(document(
                2,
                "<keyword>skip hire</keyword>\n<keyword strength=\"weak\">skip</keyword>\n<unless>skip bin</unless>\n",
                "<exclusions><exclusion id=\"public\" name=\"Public body\" effect=\"not-screened\""
                        + " companies=\"screened\"><reason>Not a business.</reason><term>council</term></exclusion>"
                        + "</exclusions>\n<goods><word>supplies</word></goods>\n"));

        assertTrue(catalogue.sectors().get(0).keywords().get(1).weak());
        assertEquals(java.util.List.of("skip bin"), catalogue.sectors().get(0).unless());
        assertTrue(catalogue.exclusions().get(0).notScreened());
        assertTrue(catalogue.exclusions().get(0).companiesScreened());
        assertEquals(java.util.List.of("supplies"), catalogue.goodsWords());
    }

    @Test
    void aBadStrengthIsRefusedWithItsLineAndColumn() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> read(document(2, "<keyword strength=\"medium\">skip</keyword>\n", "")));
        assertTrue(e.getMessage().contains("sectors.xml:8:"), e.getMessage());
        assertTrue(e.getMessage().contains("medium"), e.getMessage());
    }

    @Test
    void twoTermsThatCompareAlikeAreOneRepeated() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> read(document(2, "<keyword>Skip Hire</keyword>\n<keyword>skip-hires</keyword>\n", "")));
        assertTrue(e.getMessage().contains("sectors.xml:9:"), e.getMessage());
        assertTrue(e.getMessage().contains("duplicate keyword"), e.getMessage());
        assertTrue(e.getMessage().contains("first used at line 8"), e.getMessage());
    }

    @Test
    void aTermWithoutALetterOrDigitIsRefused() {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> read(document(2, "<keyword>-- ..</keyword>\n", "")));
        assertTrue(e.getMessage().contains("has no letter or digit"), e.getMessage());
    }
}
