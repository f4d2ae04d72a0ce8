package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderWordsTest {

    private static final Set<String> LEXICON =
            Set.of("supplier", "name", "net", "amount", "payment", "date", "proclass", "vat", "ex", "code");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Supplier Name | supplier name",
                "SupplierName | supplier name",
                "supplier_name | supplier name",
                "suppliername | supplier name",
                "SUPPLIERNAME | supplier name",
                "Suppliers Name | supplier name",
                "NetAmount | net amount",
                "VATAmount | vat amount",
                "ProClass | proclass",
                "PROCLASS CODE | proclass code",
                "Council's Code | councils code",
                "SIC2007 | sic 2007",
                "Private Hire | private hire"
            })
    void splitsJoinedWordsIntoTheWordsPeopleRead(String header, String words) {
        assertEquals(List.of(words.split(" ")), HeaderWords.of(header, LEXICON).words());
    }

    @Test
    void setsBracketedQualifiersAside() {
        HeaderWords words = HeaderWords.of("Amount (ex VAT) [GBP]", LEXICON);

        assertEquals(List.of("amount"), words.words());
        assertEquals(List.of("ex", "vat", "gbp"), words.qualifiers());
    }

    @Test
    void keepsCurrencySignsAsWords() {
        assertEquals(List.of("amount", "£"), HeaderWords.of("Amount £", LEXICON).words());
    }

    @Test
    void splitsARunTogetherWordOnlyWhenEveryPartIsKnown() {
        assertEquals(List.of("payment", "date"), HeaderWords.segments("paymentdate", LEXICON));
        assertNull(HeaderWords.segments("paymentdue", LEXICON));
        assertNull(HeaderWords.segments("private", LEXICON), "no known word is inside it in full");
    }
}
