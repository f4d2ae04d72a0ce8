package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

class ResponsesReaderTest {

    private static String responses(String completedOn, String targetDate) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<responses xmlns=\"urn:soc-audit:responses:1\" checklist=\"la-soc-checklist\""
                + " checklistVersion=\"1.0\">\n"
                + "  <authority>Testshire</authority>\n"
                + "  <completedOn>" + completedOn + "</completedOn>\n"
                + "  <response question=\"awareness-a\" assessment=\"acceptable\">\n"
                + "    <targetDate>" + targetDate + "</targetDate>\n"
                + "  </response>\n"
                + "</responses>\n";
    }

    private static ChecklistResponses read(String xml) throws InvalidInputException {
        return new ResponsesReader()
                .read(
                        "r.xml",
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                        BundledContent.checklist());
    }

    @ParameterizedTest(name = "completedOn {0} is refused at the responses element")
    @ValueSource(strings = {"0001-01-01", "-0044-03-15", "1899-12-31", "2201-01-01"})
    void refusesCompletedOnOutsideTheYearsAWorkbookCanHold(String date) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(responses(date, "2027-03-31")));

        Problem problem = e.problems().get(0);
        assertTrue(problem.location().startsWith("r.xml:2:"), problem::toString);
        assertEquals(
                "completedOn '" + date + "' is out of range: a date must be between 1900 and 2200", problem.message());
    }

    @ParameterizedTest(name = "targetDate {0} is refused at the responses element")
    @ValueSource(strings = {"0001-01-01", "-0044-03-15"})
    void refusesTargetDateOutsideTheYearsAWorkbookCanHold(String date) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(responses("2026-10-14", date)));

        Problem problem = e.problems().get(0);
        assertTrue(problem.location().startsWith("r.xml:5:"), problem::toString);
        assertTrue(problem.message().contains("targetDate '" + date + "' is out of range"), problem::toString);
    }

    @ParameterizedTest(name = "{0} is read")
    @ValueSource(strings = {"1900-01-01", "2200-12-31", "2026-10-14"})
    void readsDatesWithinTheRange(String date) throws Exception {
        ChecklistResponses read = read(responses(date, date));

        assertEquals(LocalDate.parse(date), read.completedOn());
        assertEquals(LocalDate.parse(date), read.responses().get(0).targetDate());
    }
}
