package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text longer than a cell can hold (Excel's 32,767 characters) is cut with a visible marker rather
 * than crashing the writer, and the workbook's About sheet says how many cells were cut.
 */
class CellLimitsTest {

    private static final int LIMIT = 32_767;

    @TempDir
    Path dir;

    @Test
    void aCouncilNameLongerThanACellIsCutInTheTemplate() throws Exception {
        Path out = dir.resolve("checklist.xlsx");

        CliRun run = CliRun.of("template", "--authority", "N".repeat(40_000), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            String title = book.getSheet("Checklist").getRow(0).getCell(0).getStringCellValue();
            assertEquals(LIMIT, title.length());
            assertTrue(title.endsWith("characters long, more than a cell can hold]"), title.substring(LIMIT - 80));
        }
    }

    @Test
    void aSupplierNameLongerThanACellIsCutAndTheAboutSheetSaysSo() throws Exception {
        Path payments = dir.resolve("payments.csv");
        String name = "Skip Hire " + "x".repeat(50_000) + " Ltd";
        Files.writeString(
                payments, "Supplier,Amount,Date\n\"" + name + "\",120.00,01/04/2026\nAcme Ltd,5.00,02/04/2026\n");
        Path out = dir.resolve("screening.xlsx");

        CliRun run = CliRun.of("screen", "--payments", payments.toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
            int longest = 0;
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            longest =
                                    Math.max(longest, cell.getStringCellValue().length());
                        }
                    }
                }
            }
            assertEquals(LIMIT, longest, "the long name is cut to exactly what a cell holds");
            StringBuilder about = new StringBuilder();
            book.getSheet("About")
                    .forEach(row ->
                            row.forEach(cell -> about.append(cell.toString()).append('|')));
            assertTrue(about.toString().contains("Cut text|"), about.toString());
            assertTrue(about.toString().contains("held more than the 32,767 characters a cell can hold"));
        }
    }

    @Test
    void aChecklistWithFullCellsOfOneRepeatedCharacterIsNotTakenForAZipBomb() throws Exception {
        Path checklist = dir.resolve("checklist.xlsx");
        assertEquals(0, CliRun.of("template", "--out", checklist.toString()).exitCode());
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(checklist))) {
            Sheet sheet = book.getSheet("Checklist");
            int evidence = org.socaudit.testing.Cells.column(sheet, "Evidence / reference");
            int assessment = org.socaudit.testing.Cells.column(sheet, "Assessment");
            for (int r = 3; r < 3 + 32; r++) {
                sheet.getRow(r).getCell(evidence).setCellValue("x".repeat(LIMIT));
                sheet.getRow(r).getCell(assessment).setCellValue("Good");
            }
            try (var out = Files.newOutputStream(checklist)) {
                book.write(out);
            }
        }

        CliRun run = CliRun.of("score", "--responses", checklist.toString());

        assertEquals(0, run.exitCode(), run.err());
    }
}
