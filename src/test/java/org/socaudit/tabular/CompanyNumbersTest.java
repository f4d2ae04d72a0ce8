package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyNumbersTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234567|01234567",
                "01234567|01234567",
                "' 1234567 '|01234567",
                "1234567.0|01234567",
                "SC123456|SC123456",
                "sc123456|SC123456",
                "SC 12345|SC012345",
                "gb-coh-00445790|00445790",
                "GB-COH-SC123456|SC123456",
                "OC 301540|OC301540",
                "oc-301540|OC301540",
                "NI012345|NI012345",
                "SO301234|SO301234",
                "NC000123|NC000123",
                "R0000123|R0000123",
                "IP12345R|''",
                "LP012345|LP012345",
                "SL001234|SL001234",
                "FC012345|FC012345",
                "GE000123|GE000123",
                "RC000123|RC000123",
                "SP001234|SP001234",
                "0123 4567|01234567"
            })
    void normalisesToEightCharacters(String raw, String expected) {
        if (expected.isEmpty()) {
            assertTrue(CompanyNumbers.normalise(raw).isEmpty());
        } else {
            assertEquals(expected, CompanyNumbers.normalise(raw).orElseThrow());
        }
    }

    @ParameterizedTest(name = "[{0}] is no company number")
    @NullAndEmptySource
    @ValueSource(strings = {"N/A", "-", "0", "00000000", "123456789", "XX123456", "SC1234567", "SC", "Ltd"})
    void refusesImplausibleNumbers(String raw) {
        assertTrue(CompanyNumbers.normalise(raw).isEmpty());
    }
}
