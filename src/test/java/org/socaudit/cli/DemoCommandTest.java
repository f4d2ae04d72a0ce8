package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void writesTheTemplateFilledChecklistsAndScoredWorkbook(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo-output");

        CliRun run = CliRun.of("demo", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of(
                            "demo-inputs",
                            "northbridge-audit-programme-2026.xlsx",
                            "northbridge-audit-report-2026.xlsx",
                            "northbridge-checklist-2025.xlsx",
                            "northbridge-checklist-2026-scored.xlsx",
                            "northbridge-checklist-2026.xlsx",
                            "northbridge-screening.xlsx",
                            "northbridge-soc-assessment-2026.xlsx",
                            "soc-checklist-template.xlsx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        try (XSSFWorkbook scored =
                new XSSFWorkbook(Files.newInputStream(out.resolve("northbridge-checklist-2026-scored.xlsx")))) {
            assertEquals("Summary", scored.getSheetName(0));
            assertTrue(scored.getSheetIndex("Comparison") > 0);
            assertEquals(
                    0.546875, scored.getSheet("Summary").getRow(3).getCell(1).getNumericCellValue(), 1e-9);
        }
        assertTrue(run.out().contains("Overall: 55% Acceptable"), run.out());
        try (XSSFWorkbook screening =
                new XSSFWorkbook(Files.newInputStream(out.resolve("northbridge-screening.xlsx")))) {
            var matches = screening.getSheet("Watchlist Matches");
            assertEquals("Strong", matches.getRow(3).getCell(0).getStringCellValue());
            var flagged = screening.getSheet("Flagged Suppliers");
            assertTrue(flagged.getLastRowNum() > 10);
            // Watchlist matches first, then suppliers in a sector with high confidence, then the rest.
            int confidence = org.socaudit.testing.Cells.column(flagged, "Confidence");
            int flags = org.socaudit.testing.Cells.column(flagged, "Flags");
            List<String> order = new java.util.ArrayList<>();
            for (int r = 3; r <= flagged.getLastRowNum(); r++) {
                var row = flagged.getRow(r);
                String level = row.getCell(confidence) == null
                        ? ""
                        : row.getCell(confidence).getStringCellValue();
                boolean watchlist = row.getCell(flags) != null
                        && row.getCell(flags).getStringCellValue().contains("atchlist");
                order.add(watchlist ? "W" : level.equals("High") ? "H" : "R");
            }
            String joined = String.join("", order);
            assertTrue(joined.matches("W+H+R*"), joined);
            var possible = screening.getSheet("Possible Sectors");
            assertTrue(possible.getLastRowNum() >= 4, "low-confidence hits are listed apart");
            for (int r = 3; r <= possible.getLastRowNum(); r++) {
                assertTrue(possible.getRow(r).getCell(1).getStringCellValue().endsWith("(low)"));
            }
        }
        try (XSSFWorkbook combined =
                new XSSFWorkbook(Files.newInputStream(out.resolve("northbridge-soc-assessment-2026.xlsx")))) {
            assertEquals("Executive Summary", combined.getSheetName(0));
            assertEquals(
                    1,
                    combined.getSheet("Executive Summary")
                            .getDrawingPatriarch()
                            .getCharts()
                            .size());
            for (String sheet : List.of(
                    "Checklist Summary",
                    "Audit Summary",
                    "Variance",
                    "Screening Summary",
                    "Flagged Suppliers",
                    "Questions for Members",
                    "About")) {
                assertTrue(combined.getSheetIndex(sheet) > 0, sheet);
            }
        }
        // The demo auditor rates whistleblowing 1 of 4 points (Needs improvement); management says Good.
        assertTrue(run.out().contains("4. Whistleblowing: self-assessed Good, audit Needs improvement"), run.out());
        try (Stream<Path> inputs = Files.list(out.resolve("demo-inputs"))) {
            // Both spending files, the watchlist and the fictional Companies House files (issue 18).
            assertEquals(
                    java.util.Set.of(
                            "spend-sample-bradford-2019-07.csv",
                            "spend-fictional-northbridge.csv",
                            "watchlist-fictional.csv",
                            "companies-fictional-2026-11-01.csv",
                            "psc-fictional-2026-11-01.txt"),
                    inputs.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()),
                    "the demo's inputs are written beside its outputs");
        }
    }

    @Test
    void noWorkbookShowsASectorIdWherePeopleExpectItsName(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo");
        assertEquals(0, CliRun.of("demo", "--out", out.toString()).exitCode());
        List<String> ids = org.socaudit.xml.BundledContent.sectors().sectors().stream()
                .map(org.socaudit.model.RiskSector::id)
                .toList();

        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
                try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                    for (var sheet : book) {
                        for (var row : sheet) {
                            for (var cell : row) {
                                String text = cell.toString();
                                for (String id : ids) {
                                    // An id with an underscore anywhere; a one-word id (SECURITY) as a
                                    // whole cell or list item, since names may hold the word.
                                    boolean shown = id.contains("_")
                                            ? text.contains(id)
                                            : List.of(text.split(", |\n|: ")).contains(id);
                                    assertTrue(
                                            !shown || sheet.getSheetName().equals("ids"),
                                            file.getFileName() + "!" + sheet.getSheetName() + "!" + cell.getAddress()
                                                    + " shows " + id + ": " + text);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * No cell a person can see in any demo workbook shows the toolkit's inner vocabulary: sector ids
     * ({@code VEHICLES_TRANSPORT}), XML ({@code <}, {@code orgUnit}), "question id", or a content
     * file's id ({@code la-soc-checklist}). Hidden sheets, rows and columns (row checks and ids kept
     * for reading answers back) are skipped.
     */
    @Test
    void noVisibleCellShowsIdsOrXmlWords(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo");
        assertEquals(0, CliRun.of("demo", "--out", out.toString()).exitCode());
        java.util.regex.Pattern inner = java.util.regex.Pattern.compile(
                "\\b[A-Z]+_[A-Z_]+\\b|<|orgUnit|(?i:question id)|la-soc-checklist|la-soc-internal-audit"
                        + "|high-risk-sectors|councillor-questions");
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                    for (int s = 0; s < book.getNumberOfSheets(); s++) {
                        var sheet = book.getSheetAt(s);
                        if (book.isSheetHidden(s) || book.isSheetVeryHidden(s)) {
                            continue;
                        }
                        for (var row : sheet) {
                            if (row.getZeroHeight()) {
                                continue;
                            }
                            for (var cell : row) {
                                if (sheet.isColumnHidden(cell.getColumnIndex())
                                        || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                                    continue;
                                }
                                String text = cell.getStringCellValue();
                                var match = inner.matcher(text);
                                if (match.find()) {
                                    found.add(file.getFileName() + "!" + sheet.getSheetName() + "!"
                                            + cell.getAddress() + " shows '" + match.group() + "': "
                                            + text.substring(0, Math.min(120, text.length())));
                                }
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, String.join("\n", found));
    }

    @Test
    void wideTablesPrintedTwoPagesWideRepeatEachRowsName(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo");
        assertEquals(0, CliRun.of("demo", "--out", out.toString()).exitCode());
        // The column that says which row a printed page's cells belong to, by sheet.
        java.util.Map<String, String> names = java.util.Map.of(
                "Scope", "Service",
                "Audit Questions", "Ref",
                "Checklist", "Ref",
                "Improvement Plan", "Ref",
                "Audit Findings", "Ref",
                "Flagged Suppliers", "Supplier",
                "Possible Sectors", "Supplier",
                "Watchlist Matches", "Supplier",
                "Statements", "Statement");
        List<String> wrong = new java.util.ArrayList<>();
        int repeated = 0;
        try (Stream<Path> files = Files.list(out)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
                    for (var sheet : book) {
                        var columns = sheet.getRepeatingColumns();
                        if (columns == null || !names.containsKey(sheet.getSheetName())) {
                            continue;
                        }
                        repeated++;
                        var header = sheet.getRepeatingRows() == null
                                ? null
                                : sheet.getRow(sheet.getRepeatingRows().getFirstRow());
                        List<String> keys = new java.util.ArrayList<>();
                        for (int c = columns.getFirstColumn(); header != null && c <= columns.getLastColumn(); c++) {
                            keys.add(header.getCell(c).getStringCellValue());
                        }
                        if (!keys.contains(names.get(sheet.getSheetName()))) {
                            wrong.add(file.getFileName() + "!" + sheet.getSheetName() + " repeats " + keys);
                        }
                    }
                }
            }
        }
        assertTrue(repeated >= 6, "sheets printed two pages wide: " + repeated);
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }
}
