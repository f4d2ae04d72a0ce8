package org.socaudit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the hostile spending files of issue 14 (amounts, dates and ledgers read) that are too big
 * or zipped to keep in the repository: workbooks with hidden sheets, uncalculated formulas and
 * enormous text, and CSV files with millions of blank lines or thousands of huge amounts. Each is
 * the same byte for byte on every run (fixed zip entry times, a seeded random source), except the
 * 1904 workbook, which POI saves. The adversarial review of the table readers added more: sheets
 * sharing a name, a 1904 date system, a formula whose stored result is empty.
 */
final class HostileLedgers {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEADER_ROW = "<row r=\"1\">" + inline("A1", "Supplier Name") + inline("B1", "Amount")
            + inline("C1", "Expense Type") + inline("D1", "Payment Date") + "</row>";

    private HostileLedgers() {}

    /** Adds this class's cases to the makers of {@link HostileFiles}. */
    static void register(Map<String, HostileFiles.Maker> makers) {
        makers.put(
                "payments-hidden-first-sheet.xlsx",
                () -> workbook(
                        new Sheet("Lookup", true, rows(payment(2, "Decoy Ltd", "5", "Stationery"))),
                        new Sheet("Ledger", false, rows(payment(2, "Café Skip Hire Ltd", "100", "Skip hire")))));
        makers.put(
                "payments-table-only-on-hidden-sheet.xlsx",
                () -> workbook(
                        new Sheet("Cover", false, "<row r=\"1\">" + inline("A1", "Spending over £500") + "</row>"),
                        new Sheet("Spend", true, rows(payment(2, "Café Skip Hire Ltd", "100", "Skip hire")))));
        makers.put(
                "payments-formula-not-calculated.xlsx",
                () -> workbook(new Sheet(
                        "Spend",
                        false,
                        rows("<row r=\"2\">" + inline("A2", "A Ltd") + "<c r=\"B2\"><f>SUM(E2:F2)</f></c></row>"))));
        makers.put(
                "payments-huge-cell.xlsx",
                () -> workbook(new Sheet(
                        "Spend", false, rows("<row r=\"2\">" + inline("A2", randomLetters(2_000_000)) + "</row>"))));
        makers.put("payments-many-shared-strings.xlsx", HostileLedgers::manySharedStrings);
        makers.put(
                "payments-huge-shared-string.xlsx",
                () -> workbook(
                        "<si><t>" + randomLetters(1_100_000) + "</t></si>",
                        new Sheet("Spend", false, rows("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"))));
        makers.put(
                "payments-date-year-0001.xlsx",
                () -> workbook(new Sheet(
                        "Spend",
                        false,
                        rows(payment(2, "Café Skip Hire Ltd", "100", "Skip hire")
                                .replace("</row>", inline("D2", "0001-01-01") + "</row>")))));
        makers.put(
                "payments-blank-lines-before-header.csv",
                () -> ascii("\n".repeat(2_000_000)
                        + "Supplier Name,Amount,Expense Type\nCafé Skip Hire Ltd,100,Skip hire\n"));
        makers.put("payments-invalid-utf8-after-bom.csv", () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            bytes.write(ascii("Supplier Name,Amount,Expense Type\nGood Skip Hire Ltd,1,Skip hire\nCaf"));
            bytes.write(new byte[] {(byte) 0xE9, ' '});
            bytes.write(ascii("Skip Hire Ltd,100,Skip hire\n"));
            return bytes.toByteArray();
        });
        makers.put(
                "payments-amounts-overflow.csv",
                () -> ascii("Supplier Name,Amount,Expense Type\n"
                        + "Big Skip Hire Ltd,\"999,999,999,999,999.99\",Skip hire\n".repeat(100)
                        + "Small Skip Hire Ltd,10.00,Skip hire\n"));
        makers.put(
                "payments-file-total-overflow.csv",
                () -> ascii("Supplier Name,Amount\n" + "Big Ltd,10000000000\n".repeat(10_001)));
        registerReviewCases(makers);
    }

    /** The cases of the adversarial review of the table readers: sheet names, date system, empty results. */
    private static void registerReviewCases(Map<String, HostileFiles.Maker> makers) {
        makers.put(
                "payments-duplicate-sheet-names.xlsx",
                () -> workbook(
                        new Sheet("Data", true, rows(payment(2, "Decoy Ltd", "5", "Stationery"))),
                        new Sheet("Data", false, rows(payment(2, "Café Skip Hire Ltd", "100", "Skip hire")))));
        makers.put("payments-1904-dates.xlsx", HostileLedgers::date1904);
        makers.put(
                "payments-formula-empty-result.xlsx",
                () -> workbook(new Sheet(
                        "Spend",
                        false,
                        rows("<row r=\"2\">" + inline("A2", "A Ltd") + "<c r=\"B2\"><f>1+1</f><v></v></c></row>"))));
    }

    /** A workbook saved with the 1904 date system whose payment is dated day 32873 (1 January 1994 from 1904). */
    private static byte[] date1904() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Spend");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Supplier Name");
            header.createCell(1).setCellValue("Amount");
            header.createCell(2).setCellValue("Payment Date");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Café Skip Hire Ltd");
            row.createCell(1).setCellValue(100);
            row.createCell(2).setCellValue(32873);
            row.getCell(2).setCellStyle(date);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** A sheet of the workbook: its name, whether hidden, and the XML of its rows. */
    private record Sheet(String name, boolean hidden, String rows) {}

    private static String rows(String dataRows) {
        return HEADER_ROW + dataRows;
    }

    private static String payment(int row, String name, String amount, String category) {
        return "<row r=\"" + row + "\">" + inline("A" + row, name) + "<c r=\"B" + row + "\"><v>" + amount + "</v></c>"
                + inline("C" + row, category) + "</row>";
    }

    private static String inline(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static String randomLetters(int length) {
        Random random = new Random(14);
        char[] letters = new char[length];
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(Sheet... sheets) throws IOException {
        return workbook("", sheets);
    }

    /** A workbook of these sheets, whose shared string table holds {@code strings} (the XML of its items). */
    private static byte[] workbook(String strings, Sheet... sheets) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Map<String, String> parts = packageParts(sheets);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
            put(
                    zip,
                    "xl/sharedStrings.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\">" + strings + "</sst>");
        }
        return bytes.toByteArray();
    }

    /** Two million and one distinct shared strings, written straight into the zip: the XML is some 60 MB. */
    private static byte[] manySharedStrings() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Sheet sheet = new Sheet("Spend", false, rows("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>"));
            for (Map.Entry<String, String> part : packageParts(sheet).entrySet()) {
                put(zip, part.getKey(), part.getValue());
            }
            ZipEntry entry = new ZipEntry("xl/sharedStrings.xml");
            entry.setTime(315_532_800_000L);
            zip.putNextEntry(entry);
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\">");
            for (int i = 0; i <= 2_000_000; i++) {
                out.write("<si><t>Supplier number " + i + " Ltd</t></si>");
            }
            out.write("</sst>");
            out.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static Map<String, String> packageParts(Sheet... sheets) {
        StringBuilder types = new StringBuilder();
        StringBuilder entries = new StringBuilder();
        StringBuilder relations = new StringBuilder();
        Map<String, String> worksheets = new LinkedHashMap<>();
        for (int i = 1; i <= sheets.length; i++) {
            Sheet sheet = sheets[i - 1];
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            entries.append("<sheet name=\"")
                    .append(sheet.name())
                    .append("\" sheetId=\"")
                    .append(i)
                    .append('"')
                    .append(sheet.hidden() ? " state=\"hidden\"" : "")
                    .append(" r:id=\"rId")
                    .append(i)
                    .append("\"/>");
            relations
                    .append("<Relationship Id=\"rId")
                    .append(i)
                    .append("\" Type=\"")
                    .append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
            worksheets.put(
                    "xl/worksheets/sheet" + i + ".xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                            + sheet.rows() + "</sheetData></worksheet>");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + types
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                        + "\"><sheets>" + entries + "</sheets></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + relations + "<Relationship Id=\"rIdStrings\" Type=\"" + REL_NS
                        + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        parts.putAll(worksheets);
        return parts;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(315_532_800_000L); // 1980-01-01, the earliest time a zip entry can hold
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
