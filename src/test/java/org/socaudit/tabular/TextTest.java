package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Test
    void trimsSpacesNoBreakSpacesAndBom() {
        assertEquals("A1 Cabs", Text.trim("\uFEFF\u00A0 A1 Cabs\t\u202F"));
        assertEquals("A  B", Text.trim("A  B"), "inner spaces stay");
        assertNull(Text.trim(" \u00A0 "));
        assertNull(Text.trim(null));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "REDACTED PERSONAL DATA",
                "Redacted personal data",
                "REDACTED \u00C2\u00A0PERSONAL DATA",
                "redacted"
            })
    void recognisesRedactionMarkers(String name) {
        assertTrue(Text.isRedacted(name));
    }

    @Test
    void keepsOrdinaryNames() {
        assertFalse(Text.isRedacted("RED ACTION LTD"));
        assertFalse(Text.isRedacted("PERSONAL DATA SERVICES LTD"));
    }
}
