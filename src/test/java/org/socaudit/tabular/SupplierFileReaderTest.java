package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.socaudit.tabular.Fixtures.path;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.SupplierRecord;

class SupplierFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsNamesNumbersAndCodes() throws Exception {
        Path file = path("suppliers-register.csv");
        List<SupplierRecord> suppliers = new ArrayList<>();
        List<InputIssue> issues = new ArrayList<>();

        ReadSummary summary = new SupplierFileReader(Map.of()).read(file, suppliers::add, issues::add);

        assertEquals(
                List.of(
                        new SupplierRecord("A1 Cabs Ltd", "00445790", null, List.of("49320"), List.of("60120000-5")),
                        new SupplierRecord("Helping Hands", null, "1012345", List.of("88990", "94990"), List.of())),
                suppliers);
        assertEquals(
                List.of(file + ":row 4, column 'Company Name'"),
                issues.stream().map(InputIssue::location).toList());
        assertEquals(new ReadSummary.Lines(4, 2, 0, 1, 0, 0, 1, 0, 1), summary.lines());
    }

    @Test
    void needsOnlyANameColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("names.csv"), "Supplier\nOnly A Name Ltd\n");
        List<SupplierRecord> suppliers = new ArrayList<>();

        new SupplierFileReader(Map.of()).read(file, suppliers::add, i -> {});

        assertEquals(List.of(new SupplierRecord("Only A Name Ltd", null, null, List.of(), List.of())), suppliers);
    }

    @Test
    void refusesAFileWithoutANameColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("numbers.csv"), "Company Number\n01234567\n");

        assertThrows(InvalidInputException.class, () -> new SupplierFileReader(Map.of()).read(file, s -> {}, i -> {}));
    }
}
