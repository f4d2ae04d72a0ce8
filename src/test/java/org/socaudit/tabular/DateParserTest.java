package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2019-07-18|2019-07-18",
                "2019-07-18T00:00:00|2019-07-18",
                "2019-07-18T13:45:00Z|2019-07-18",
                "2019-07-18 00:00:00|2019-07-18",
                "18/07/2019|2019-07-18",
                "8/7/2019|2019-07-08",
                "18/07/2019 00:00|2019-07-18",
                "18-07-2019|2019-07-18",
                "18.07.2019|2019-07-18",
                "18/07/19|2019-07-18",
                "01/01/99|1999-01-01",
                "18-Jul-2019|2019-07-18",
                "18-JUL-19|2019-07-18",
                "18 July 2019|2019-07-18",
                "18th July 2019|2019-07-18",
                "1st of Sept 2019|2019-09-01",
                "Friday, April 29, 2022|2022-04-29",
                "April 29, 2022|2022-04-29",
                "Friday 29 April 2022|2022-04-29",
                "Thu 18 Jul 2019|2019-07-18",
                "2019/07/18|2019-07-18",
                "29/02/2020|2020-02-29",
                "43664|2019-07-18",
                "43664.5|2019-07-18",
                "20190718|2019-07-18"
            })
    void readsTheDateFormsCouncilsPublish(String text, LocalDate expected) {
        assertEquals(expected, parser.parse(text));
    }

    @ParameterizedTest(name = "[{0}] is not a date")
    @ValueSource(
            strings = {
                "31/02/2022",
                "07/29/2022",
                "2022",
                "1234",
                "99999",
                "18264.5.5",
                "20191318",
                "18/07",
                "18/07/019",
                "Someday 18 July 2019",
                "18 July 2019 July",
                "not a date",
                "2019-07-18x"
            })
    void refusesWhatIsNotADate(String text) {
        assertNull(parser.parse(text));
    }

    @Test
    void parsesEachDistinctTextOnce() {
        assertSame(parser.parse("18/07/2019"), parser.parse("18/07/2019"));
        assertNull(parser.parse("nonsense"));
        assertNull(parser.parse("nonsense"), "an unparseable text stays unparseable from the cache");
    }
}
