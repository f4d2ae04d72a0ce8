package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Acme Cleaning Ltd         | ACME CLEANING | Ltd",
                "ACME CLEANING LIMITED     | ACME CLEANING | LIMITED",
                "Acme Cleaning plc         | ACME CLEANING | plc",
                "Acme Cleaning p.l.c.      | ACME CLEANING | p.l.c",
                "Acme Cleaning LLP         | ACME CLEANING | LLP",
                "Acme Community CIC        | ACME COMMUNITY | CIC",
                "Samsung Electronics Co., Ltd. | SAMSUNG ELECTRONICS | Co., Ltd",
                "Lloyds Banking Group Public Limited Company | LLOYDS BANKING GROUP | Public Limited Company",
                "Siemens Aktiengesellschaft | SIEMENS | Aktiengesellschaft",
                "Volkswagen GmbH           | VOLKSWAGEN | GmbH",
                "Bowne Global Solutions S.A.R.L. | BOWNE GLOBAL SOLUTIONS | S.A.R.L",
                "Bowne Global Solutions BV | BOWNE GLOBAL SOLUTIONS | BV",
                "OAO Gazprom               | GAZPROM | OAO",
                "Acme Corp.                | ACME | Corp",
                "Acme Inc                  | ACME | Inc",
            })
    void removesLegalFormsButKeepsThemAsEvidence(String raw, String normal, String form) {
        assertEquals(normal, NameNormaliser.normalise(raw));
        assertEquals(Optional.of(form), NameNormaliser.legalForm(raw));
    }

    @Test
    void aNameWithoutALegalFormHasNoEvidence() {
        assertEquals(Optional.empty(), NameNormaliser.legalForm("Bradford Taxis"));
    }

    @Test
    void dropsALeadingTheAndTheLegalForms() {
        assertEquals("ACME", NameNormaliser.normalise("The Acme Co Ltd"));
        assertEquals(NameNormaliser.normalise("ACME"), NameNormaliser.normalise("The Acme Co Ltd"));
    }

    @Test
    void keepsALegalFormThatIsAllTheNameThereIs() {
        assertEquals("COMPANY", NameNormaliser.normalise("The Company"));
    }

    @ParameterizedTest
    @CsvSource({
        "Société Générale, SOCIETE GENERALE",
        "Crédit Agricole S.A., CREDIT AGRICOLE",
        "Müller Bäckerei, MULLER BACKEREI",
        "Åse Næss Ørsted, ASE NAESS ORSTED",
        "Łódź Straße, LODZ STRASSE"
    })
    void removesAccents(String raw, String normal) {
        assertEquals(normal, NameNormaliser.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource({"Procter & Gamble, Procter and Gamble", "AT&T Inc., AT and T Inc.", "Marks + Spencer, Marks and Spencer"
    })
    void treatsAmpersandAndPlusAsAnd(String symbol, String word) {
        assertEquals(NameNormaliser.normalise(word), NameNormaliser.normalise(symbol));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Coca-Cola Company       | COCA COLA",
                "  Acme    Cleaning   | ACME CLEANING",
                "A.B.C. Company          | ABC",
                "J. P. Morgan & Co.      | JP MORGAN",
                "Standard & Poor's       | STANDARD AND POORS",
                "Smith (Bradford) Ltd    | SMITH BRADFORD",
                "1st Intl Bank           | FIRST INTERNATIONAL BANK",
            })
    void turnsPunctuationIntoSpacesAndCollapsesThem(String raw, String normal) {
        assertEquals(normal, NameNormaliser.normalise(raw));
    }

    @Test
    void keepsAFundNumberApartFromItsLegalForm() {
        assertEquals("BAIN CAPITAL FUND X", NameNormaliser.normalise("Bain Capital Fund X L.P."));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "John Smith T/A Ocean Builders   | John Smith | Ocean Builders",
                "John Smith T/AS Ocean Builders  | John Smith | Ocean Builders",
                "John Smith t/a Ocean Builders   | John Smith | Ocean Builders",
                "John Smith trading as Ocean Builders | John Smith | Ocean Builders",
                "John Smith TRADING AS Ocean Builders | John Smith | Ocean Builders",
                "John Smith (t/a Ocean Builders) | John Smith | Ocean Builders",
                "John Smith, T/A: Ocean Builders | John Smith | Ocean Builders",
            })
    void splitsTradingNames(String raw, String name, String tradingName) {
        assertEquals(List.of(name, tradingName), NameNormaliser.tradingNames(raw));
    }

    @ParameterizedTest
    @CsvSource({"Taxation Advice Ltd", "Station Taxis", "Data Analytics", "  Ocean Builders  "})
    void leavesOtherNamesWhole(String raw) {
        assertEquals(List.of(raw.strip()), NameNormaliser.tradingNames(raw));
    }
}
