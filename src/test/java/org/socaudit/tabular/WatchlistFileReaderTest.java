package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socaudit.tabular.Fixtures.path;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.model.InputIssue;
import org.socaudit.model.WatchlistEntry;

class WatchlistFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsNamesCompanyNumbersAndAliases() throws Exception {
        Path file = path("watchlist.csv");
        List<InputIssue> issues = new ArrayList<>();

        List<WatchlistEntry> entries = new WatchlistFileReader(Map.of()).read(file, issues::add);

        assertEquals(
                List.of(
                        new WatchlistEntry(
                                "Bad Actor Ltd",
                                "OC301540",
                                List.of("BA Ltd", "Bad Actors", "B.A. Limited"),
                                file.toString()),
                        new WatchlistEntry("No Number Ltd", null, List.of(), file.toString())),
                entries);
        assertEquals(
                List.of(file + ":row 4, column 'Name'"),
                issues.stream().map(InputIssue::location).toList());
    }

    @Test
    void takesTheNameColumnFromAnOverride() throws Exception {
        Path file = Files.writeString(dir.resolve("intel.csv"), "Subject,Ref\nShady Skips,1\n");

        List<WatchlistEntry> entries =
                new WatchlistFileReader(Map.of(Role.SUPPLIER_NAME, "subject")).read(file, i -> {});

        assertEquals("Shady Skips", entries.get(0).name());
    }

    @Test
    void splitsAliasesOnSemicolonsAndBars() {
        assertEquals(List.of("A", "B", "C"), WatchlistFileReader.aliases(" A ;B|C;;A | "));
        assertEquals(List.of(), WatchlistFileReader.aliases(null));
    }

    @Test
    void readsTheMonthAndYearOfBirthInEachForm() throws Exception {
        Path file = Files.writeString(
                dir.resolve("intel.csv"),
                "Name,DOB\nMonth Year,05/1979\nFull Date,14/05/1979\nIso Month,1979-05\nIso Date,1979-05-14\n"
                        + "Single Digits,4/1/1982\nNone Given,\n");
        List<InputIssue> issues = new ArrayList<>();

        List<WatchlistEntry> entries = new WatchlistFileReader(Map.of()).read(file, issues::add);

        assertEquals(
                List.of("05/1979", "05/1979", "05/1979", "05/1979", "01/1982", "-"),
                entries.stream()
                        .map(e -> e.hasBirth() ? String.format("%02d/%d", e.birthMonth(), e.birthYear()) : "-")
                        .toList());
        assertEquals(List.of(), issues);
    }

    @Test
    void findsTheDateOfBirthColumnByItsUsualHeaders() throws Exception {
        for (String header : List.of("DOB", "Date of Birth", "date of birth", "D.O.B.", "Born")) {
            Path file = Files.writeString(dir.resolve("intel.csv"), "Name," + header + "\nLee Marsh,11/1982\n");

            WatchlistEntry entry =
                    new WatchlistFileReader(Map.of()).read(file, i -> {}).get(0);

            assertEquals(11, entry.birthMonth(), header);
            assertEquals(1982, entry.birthYear(), header);
        }
    }

    @Test
    void keepsAnEntryWhoseDateOfBirthCannotBeReadAndSaysWhere() throws Exception {
        Path file = Files.writeString(
                dir.resolve("intel.csv"),
                "Name,Date of Birth\nLee Marsh,13/1982\nDarren Kelso,sometime in 1979\nFiona Baird,32/02/1968\n");
        List<InputIssue> issues = new ArrayList<>();

        List<WatchlistEntry> entries = new WatchlistFileReader(Map.of()).read(file, issues::add);

        assertEquals(
                List.of("Lee Marsh", "Darren Kelso", "Fiona Baird"),
                entries.stream().map(WatchlistEntry::name).toList());
        assertTrue(entries.stream().noneMatch(WatchlistEntry::hasBirth));
        assertEquals(
                List.of(
                        file + ":row 2, column 'Date of Birth'",
                        file + ":row 3, column 'Date of Birth'",
                        file + ":row 4, column 'Date of Birth'"),
                issues.stream().map(InputIssue::location).toList());
        assertTrue(issues.get(0).toString().contains("'13/1982' is not a month and year of birth"), issues.toString());
    }

    @Test
    void readsBirthDatesAsMonthAndYearOrNothing() {
        assertArrayEquals(new int[] {5, 1979}, WatchlistFileReader.birth(" 05/1979 "));
        assertArrayEquals(new int[] {5, 1979}, WatchlistFileReader.birth("14.05.1979"));
        assertArrayEquals(new int[] {12, 2001}, WatchlistFileReader.birth("2001-12-31"));
        assertNull(WatchlistFileReader.birth("1979"));
        assertNull(WatchlistFileReader.birth("00/1979"));
        assertNull(WatchlistFileReader.birth("1979-13"));
        assertNull(WatchlistFileReader.birth(""));
        assertNull(WatchlistFileReader.birth(null));
    }
}
