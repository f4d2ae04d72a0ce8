package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.testing.Cells;

/** The source's guidance is shown where people read the demo's workbooks, not only kept in the content files. */
class DemoGuidanceTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void runDemo() {
        CliRun run = CliRun.of("demo", "--out", dir.resolve("demo").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "northbridge-screening.xlsx | Statements | Although through the European Single Procurement document there"
                        + " is within the standard questionnaire a comparable statement",
                "northbridge-screening.xlsx | Statements | in areas considered to be at risk from serious and organised"
                        + " crime in the authorities area.",
                "northbridge-screening.xlsx | Statements | a procurement officer could verify that any prospective winning"
                        + " supplier has made truthful responses in the light of the above. Again, close cooperation"
                        + " with Internal Audit and local Police could also become a factor in such due diligence.",
                "northbridge-screening.xlsx | Statements | The toolkit's note",
                "soc-checklist-template.xlsx | Instructions | Local Authority (LA) procurement is at risk of infiltration",
                "soc-checklist-template.xlsx | Instructions | Assessing the risk from serious and organised crime and"
                        + " corruption is essential",
                "northbridge-audit-programme-2026.xlsx | Process | Local Authority (LA) procurement is at risk of"
                        + " infiltration from serious and organised crime",
                "northbridge-audit-programme-2026.xlsx | Process | Conducting a Serious and Organised Crime Audit into"
                        + " areas most vulnerable",
                "northbridge-audit-programme-2026.xlsx | Process | The Serious and Organised Crime Audit is a"
                        + " methodology that allows LA Internal Audit teams",
                "northbridge-audit-programme-2026.xlsx | Process | Below is an overview of some of the services generally"
                        + " offered by Local Authorities",
                "northbridge-audit-programme-2026.xlsx | Process | The original Annex 1 showed the services potentially"
                        + " at greater risk in bold",
                "northbridge-audit-programme-2026.xlsx | Process | appoint a council single point of contact (SPOC)"
                        + " for the police",
                "northbridge-audit-programme-2026.xlsx | Process | procurement, finance, fraud and investigation,"
                        + " internal audit and licensing",
                "northbridge-audit-programme-2026.xlsx | Process | POTENTIAL AREAS FOR SERIOUS AND ORGANISED CRIME"
                        + " AUDIT",
                "northbridge-audit-programme-2026.xlsx | Process | The annex headings at the top of those sheets are"
                        + " the source's",
                "northbridge-audit-programme-2026.xlsx | Scope | The source's Annex 1 heading",
                "northbridge-audit-programme-2026.xlsx | Scope | POTENTIAL AREAS FOR SERIOUS AND ORGANISED CRIME"
                        + " AUDIT",
                "northbridge-audit-programme-2026.xlsx | Key Policies | The source's Annex 2 heading",
                "northbridge-audit-programme-2026.xlsx | Key Policies | KEY PLANS, POLICIES AND PROCEDURES TO CONSIDER"
                        + " IN RELATION TO SERIOUS AND ORGANISED CRIME",
                "northbridge-audit-programme-2026.xlsx | Key Policies | (there are likely to be other plans and"
                        + " strategies not captured here)",
            })
    void showsTheGuidance(String file, String sheet, String text) throws IOException {
        try (XSSFWorkbook book =
                new XSSFWorkbook(Files.newInputStream(dir.resolve("demo").resolve(file)))) {
            assertTrue(Cells.shows(book.getSheet(sheet), text), file + "!" + sheet + " shows: " + text);
        }
    }
}
