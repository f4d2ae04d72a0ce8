package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socaudit.tabular.Fixtures.payments;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Workbooks no spreadsheet program saves, written part by part: duplicate sheet names, 1904 dates, empty results. */
class HandMadeXlsxTest {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEADER =
            "<row r=\"1\">" + text("A1", "Supplier Name") + text("B1", "Amount") + "</row>";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "a hidden and a visible sheet named {0}")
    @ValueSource(strings = {"Data", "DATA"})
    void refusesSheetsThatShareANameSoAHiddenOneCannotPassAsVisible(String second) throws Exception {
        Path file = workbook(
                "<sheet name=\"Data\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>" + "<sheet name=\"" + second
                        + "\" sheetId=\"2\" r:id=\"rId2\"/>",
                "<row r=\"2\">" + text("A2", "Decoy Ltd") + "<c r=\"B2\"><v>5</v></c></row>",
                "<row r=\"2\">" + text("A2", "Real Ltd") + "<c r=\"B2\"><v>100</v></c></row>");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        Problem problem = e.problems().get(0);
        assertEquals(file.toString(), problem.location());
        assertTrue(problem.message().contains("more than one sheet named '" + second + "'"), problem.message());
    }

    @Test
    void takesASheetWhoseStateIsWrittenInAnotherCaseAsHidden() throws Exception {
        Path file = workbook(
                "<SHEET NAME=\"Decoy\" sheetId=\"1\" STATE=\"hidden\" r:id=\"rId1\"/>"
                        + "<sheet name=\"Ledger\" sheetId=\"2\" r:id=\"rId2\"/>",
                "<row r=\"2\">" + text("A2", "Decoy Ltd") + "<c r=\"B2\"><v>5</v></c></row>",
                "<row r=\"2\">" + text("A2", "Real Ltd") + "<c r=\"B2\"><v>100</v></c></row>");

        Fixtures.Payments read = payments(file);

        assertEquals("Real Ltd", read.first().supplierName());
        assertEquals(1, read.payments().size());
    }

    @Test
    void refusesAFormulaWhoseStoredResultIsEmpty() throws Exception {
        Path file = workbook(
                "<sheet name=\"Spend\" sheetId=\"1\" r:id=\"rId1\"/>",
                "<row r=\"2\">" + text("A2", "A Ltd") + "<c r=\"B2\"><f>1+1</f><v></v></c></row>");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        Problem problem = e.problems().get(0);
        assertEquals(file + "!Spend!B2", problem.location());
        assertTrue(problem.message().startsWith("formula not calculated"), problem.message());
    }

    @Test
    void readsAFormulaWhoseStoredResultIsEmptyText() throws Exception {
        // Excel stores the result of ="" (or IF(...,"",...)) as t="str" with an empty <v/>.
        Path file = workbook(
                "<sheet name=\"Spend\" sheetId=\"1\" r:id=\"rId1\"/>",
                "<row r=\"2\">" + text("A2", "A Ltd") + "<c r=\"B2\"><v>100</v></c>"
                        + "<c r=\"C2\" t=\"str\"><f>\"\"</f><v/></c></row>");

        assertEquals(10000, payments(file).first().amountPence());
    }

    @Test
    void readsDateCellsOfA1904WorkbookFrom1904() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            Sheet sheet = workbook.createSheet("Spend");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Supplier Name");
            header.createCell(1).setCellValue("Amount");
            header.createCell(2).setCellValue("Payment Date");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("A Ltd");
            row.createCell(1).setCellValue(100);
            row.createCell(2).setCellValue(32873);
            row.getCell(2).setCellStyle(date);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertEquals(LocalDate.of(1994, 1, 1), payments(file).first().date());
    }

    private static String text(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** A workbook whose workbook.xml lists {@code sheetEntries}; sheet i holds the header and {@code rows[i - 1]}. */
    private Path workbook(String sheetEntries, String... rows) throws IOException {
        Path file = dir.resolve("hand-made.xlsx");
        StringBuilder types = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 1; i <= rows.length; i++) {
                types.append("<Override PartName=\"/xl/worksheets/sheet" + i + ".xml\" ContentType=\""
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                relations.append("<Relationship Id=\"rId" + i + "\" Type=\"" + REL_NS
                        + "/worksheet\" Target=\"worksheets/sheet" + i + ".xml\"/>");
                put(
                        zip,
                        "xl/worksheets/sheet" + i + ".xml",
                        "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + HEADER + rows[i - 1]
                                + "</sheetData></worksheet>");
            }
            put(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + types + "</Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(
                    zip,
                    "xl/workbook.xml",
                    "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>" + sheetEntries
                            + "</sheets></workbook>");
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relations
                            + "</Relationships>");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
