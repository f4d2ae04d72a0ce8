package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
