package org.socaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.ServiceArea;

class OrgUnitMapperTest {

    private final OrgUnitMapper mapper = new OrgUnitMapper(List.of(
            service("waste-disposal", "waste disposal", "waste man"),
            service("street-cleaning", "street scene", "st scene"),
            service("sport-and-leisure", "sport", "sports", "leisure"),
            service("housing", "housing"),
            service("housing-with-care", "housing with care"),
            service("it", "it services")));

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "St Scene & Waste Man|waste-disposal",
                "Sports and Leisure|sport-and-leisure",
                "Communities & Service Support (obsolete)-Sport & Leisure Management DSO|sport-and-leisure",
                "Economy and Environment (obsolete)-Housing Services|housing",
                "Housing with Care|housing-with-care",
                "IT Services|it",
                "Transport|''",
                "Sportswear purchasing|''",
                "COMMUNITY SAFETY|''"
            })
    void mapsOrganisationalUnitsByWholeWordsLongestPatternFirst(String orgUnit, String expected) {
        assertEquals(expected, mapper.serviceFor(orgUnit).orElse(""));
    }

    private static ServiceArea service(String id, String... words) {
        return new ServiceArea(id, id, true, "reason", List.of(), List.of(words));
    }
}
