package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodesTest {

    @ParameterizedTest(name = "SIC [{0}] holds {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "49320|49320",
                "49320 - Taxi operation|49320",
                "49320,38110|49320 38110",
                "49320; 38110 ;49320|49320 38110",
                "'49320\n38110'|49320 38110",
                "49320 38110|49320 38110",
                "1110|1110",
                "123 123456 01110|01110",
                "'none'|''"
            })
    void extractsSicCodes(String cell, String expected) {
        assertEquals(list(expected), Codes.sic(cell));
    }

    @ParameterizedTest(name = "CPV [{0}] holds {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "90500000-2|90500000-2",
                "90500000|90500000",
                "'90500000-2, 60120000-5; 90510000'|90500000-2 60120000-5 90510000",
                "90500000-2 Refuse services|90500000-2",
                "90500000-23|90500000",
                "1234567 123456789|''"
            })
    void extractsCpvCodes(String cell, String expected) {
        assertEquals(list(expected), Codes.cpv(cell));
    }

    private static List<String> list(String spaced) {
        return spaced.isEmpty() ? List.of() : Arrays.asList(spaced.split(" "));
    }
}
