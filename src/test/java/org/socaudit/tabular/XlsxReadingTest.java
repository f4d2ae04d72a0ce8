package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socaudit.tabular.Fixtures.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;

/** Reading .xlsx workbooks with the streaming API: cell kinds, first sheet only, and files refused cleanly. */
class XlsxReadingTest {

    @TempDir
    Path dir;

    @Test
    void readsDatesNumbersAndSharedStringsFromTheFirstSheet() throws Exception {
        Path file = dir.resolve("payments.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            writeLedger(workbook);
            save(workbook, file);
        }

        Fixtures.Payments read = payments(file);

        Payment first = read.first();
        assertEquals("Café Ltd", first.supplierName());
        assertEquals(123450, first.amountPence(), "a #,##0 display format must not lose the pence");
        assertEquals(LocalDate.of(2022, 8, 1), first.date(), "a date cell in Excel's m/d/yy format");
        assertEquals("01234567", first.companyNumber(), "a number cell");
        assertEquals(List.of("01110"), first.sicCodes(), "a number shown as 00000");
        Payment second = read.payments().get(1);
        assertEquals(100000, second.amountPence());
        assertEquals(LocalDate.of(2019, 7, 18), second.date(), "a date typed as text");
        Payment third = read.payments().get(2);
        assertEquals(LocalDate.of(2022, 12, 25), third.date(), "a date-time cell");
        assertEquals(-25075, third.amountPence());
        assertNull(third.companyNumber(), "cells missing from a sparse row are blank");
        assertEquals(3, read.payments().size(), "the second sheet is not read");
        assertEquals(
                List.of(file + ":row 8, column 'Amount'"),
                read.issues().stream().map(InputIssue::location).toList());
        ReadSummary.Lines lines = read.summary().lines();
        assertEquals(3, lines.records());
        assertEquals(1, lines.unusable());
        assertEquals(1, lines.issues());
        assertEquals(lines.rows(), lines.records() + lines.unusable() + lines.blank(), "every row is accounted for");
    }

    @Test
    void readsSerialDatesInCellsWithoutADateFormatAndATitleAboveTheHeader() throws Exception {
        Path file = dir.resolve("serial.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Spend");
            sheet.createRow(0).createCell(0).setCellValue("Payments over £500, July 2019");
            Row header = sheet.createRow(2);
            String[] headers = {"VendorName", "Net (GBP)", "Posted"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 0; r < 5; r++) {
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue("Firm " + r + " Ltd");
                row.createCell(1).setCellValue(100.5 + r);
                row.createCell(2).setCellValue(43664 + r);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        Fixtures.Payments read = payments(file);

        assertEquals(3, read.summary().headerRow());
        assertEquals("Posted", read.summary().columns().get(Role.DATE));
        assertEquals(LocalDate.of(2019, 7, 18), read.first().date());
        assertEquals(10050, read.first().amountPence());
        assertEquals(5, read.payments().size());
    }

    @Test
    void readsInlineStringsAsTheStreamingWriterWritesThemFromAnXlsm() throws Exception {
        Path file = dir.resolve("inline.xlsm");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Spend");
            row(sheet, 0, "Payee", "Value");
            Row data = sheet.createRow(1);
            data.createCell(0).setCellValue("Inline Ltd");
            data.createCell(1).setCellValue(42.5);
            save(workbook, file);
        }

        Payment payment = payments(file).first();

        assertEquals("Inline Ltd", payment.supplierName());
        assertEquals(4250, payment.amountPence());
    }

    @Test
    void refusesAPasswordProtectedWorkbookCleanly() throws Exception {
        Path file = dir.resolve("protected.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            writeLedger(workbook);
            saveEncrypted(workbook, file);
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file.toString(), e.problems().get(0).location());
        assertTrue(e.getMessage().contains("password-protected"), e.getMessage());
    }

    @Test
    void refusesACsvNamedAsAWorkbookCleanly() throws Exception {
        Path file = Files.writeString(dir.resolve("really-csv.xlsx"), "Supplier Name,Amount\nA Ltd,1\n");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file.toString(), e.problems().get(0).location());
        assertTrue(e.getMessage().contains("is not an Excel workbook"), e.getMessage());
    }

    @Test
    void refusesAZipThatIsNoWorkbookCleanly() throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file.toString(), e.problems().get(0).location());
        assertTrue(e.getMessage().contains("Excel workbook"), e.getMessage());
    }

    @Test
    void refusesAZipBombCleanly() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            writeLedger(workbook);
            save(workbook, plain);
        }
        Path file = dir.resolve("bomb.xlsx");
        padFirstSheet(plain, file, 20_000_000);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> payments(file));

        assertEquals(file.toString(), e.problems().get(0).location());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    private static void writeLedger(Workbook workbook) {
        Sheet sheet = workbook.createSheet("Ledger");
        CellStyle excelDate = workbook.createCellStyle();
        excelDate.setDataFormat((short) 14);
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        CellStyle wholePounds = workbook.createCellStyle();
        wholePounds.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        CellStyle sic = workbook.createCellStyle();
        sic.setDataFormat(workbook.createDataFormat().getFormat("00000"));

        row(sheet, 0, "Spending over £500, August 2022");
        row(sheet, 2, "Supplier Name", "Amount", "Payment Date", "Company Number", "SIC Codes");
        Row first = sheet.createRow(3);
        first.createCell(0).setCellValue("Café Ltd");
        first.createCell(1).setCellValue(1234.5);
        first.getCell(1).setCellStyle(wholePounds);
        first.createCell(2).setCellValue(LocalDate.of(2022, 8, 1));
        first.getCell(2).setCellStyle(excelDate);
        first.createCell(3).setCellValue(1234567);
        first.createCell(4).setCellValue(1110);
        first.getCell(4).setCellStyle(sic);
        row(sheet, 4, "Text Ltd", "£1,000", "18/07/2019");
        Row third = sheet.createRow(6);
        third.createCell(0).setCellValue("Sparse Ltd");
        third.createCell(1).setCellValue("(250.75)");
        third.createCell(2).setCellValue(LocalDateTime.of(2022, 12, 25, 13, 30));
        third.getCell(2).setCellStyle(dateTime);
        row(sheet, 7, "Bad Ltd", "lots");
        Sheet second = workbook.createSheet("Notes");
        row(second, 0, "Supplier Name", "Amount");
        row(second, 1, "Second Sheet Ltd", "1");
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** Saves a workbook as Excel does with "Encrypt with Password": an OLE2 container around the package. */
    private static void saveEncrypted(Workbook workbook, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                workbook.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }

    /** Copies a workbook with spaces after the first sheet's XML: valid, but it inflates like a zip bomb. */
    private static void padFirstSheet(Path plain, Path padded, int spaces) throws IOException {
        byte[] block = " ".repeat(100_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (ZipFile in = new ZipFile(plain.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(padded))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    for (int written = 0; written < spaces; written += block.length) {
                        out.write(block);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
