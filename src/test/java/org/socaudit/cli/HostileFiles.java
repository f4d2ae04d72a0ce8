package org.socaudit.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.testing.Cells;

/**
 * Makes the hostile inputs that are too big, binary or zipped to keep in the repository. Every one
 * is made byte for byte the same on every run (fixed zip entry times and document dates, a seeded
 * random source), except the encrypted ones, whose salt and key POI draws at random; what they
 * test, a password-protected file, is the same every time.
 */
final class HostileFiles {

    private static final String CHECKLIST_OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<checklist xmlns=\"urn:soc-audit:checklist:1\" id=\"minimal\" version=\"1.0\">\n";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The sheet of a template workbook that holds the questions: Instructions, Checklist, ids. */
    private static final String CHECKLIST_SHEET = "xl/worksheets/sheet2.xml";

    /** The Audit Questions sheet of a programme written without spending files. */
    private static final String QUESTIONS_SHEET = "xl/worksheets/sheet3.xml";

    private final Path dir;
    private final Map<String, Maker> makers = new LinkedHashMap<>();
    private byte[] template;
    private byte[] programme;

    @FunctionalInterface
    interface Maker {
        byte[] make() throws Exception;
    }

    HostileFiles(Path dir) {
        this.dir = dir;
        xml();
        workbooks();
        tables();
        HostileLedgers.register(makers);
        makers.put(
                "score-date-year-0001.xlsx",
                () -> edit(template(), book -> Cells.cell(book.getSheet("Checklist"), "Ref", "GS 1c", "Target date")
                        .setCellValue("0001-01-01")));
        namesAndContent();
    }

    /** Whether this case is made here rather than kept as a file. */
    boolean makes(String name) {
        return makers.containsKey(name);
    }

    /** Makes the case's file in the directory, once, and returns it. */
    Path make(String name) throws Exception {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Files.write(file, makers.get(name).make());
        }
        return file;
    }

    private void xml() {
        makers.put(
                "xml-deep-nesting.xml",
                () -> ascii(CHECKLIST_OPEN + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "\n</checklist>\n"));
        makers.put(
                "xml-huge-attribute.xml",
                () -> ascii(CHECKLIST_OPEN.replace("id=\"minimal\"", "id=\"" + "x".repeat(1_000_000) + "\"")
                        + "<title>t</title>\n</checklist>\n"));
        makers.put(
                "xml-huge-text.xml",
                () -> ascii(CHECKLIST_OPEN + "<title>" + "x".repeat(1_000_000) + "</title>\n</checklist>\n"));
        makers.put("xml-too-big.xml", () -> ascii(CHECKLIST_OPEN + " ".repeat(17_000_000) + "</checklist>\n"));
        makers.put("xml-binary.xml", HostileFiles::binary);
        makers.put(
                "xml-long-id.xml",
                () -> ascii(CHECKLIST_OPEN.replace("id=\"minimal\"", "id=\"" + "x".repeat(5_000) + "\"")
                        + "<title>t</title>\n</checklist>\n"));
        makers.put("xml-many-problems.xml", () -> {
            StringBuilder attributes = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                attributes.append(" unknown").append(i).append("=\"1\"");
            }
            return ascii(CHECKLIST_OPEN.replace("version=\"1.0\">", "version=\"1.0\"" + attributes + ">")
                    + "<title>t</title>\n</checklist>\n");
        });
    }

    private void workbooks() {
        makers.put("score-not-a-zip.xlsx", HostileFiles::notAZip);
        makers.put("score-truncated.xlsx", () -> Arrays.copyOf(template(), template().length / 2));
        makers.put(
                "score-zip-bomb.xlsx", () -> rewrite(template(), CHECKLIST_SHEET, xml -> xml + " ".repeat(60_000_000)));
        makers.put("score-oversized-sheet.xlsx", () -> rewrite(template(), CHECKLIST_SHEET, HostileFiles::manyRows));
        makers.put("score-encrypted.xlsx", () -> encrypt(template()));
        makers.put("score-old-excel.xlsx", HostileFiles::oldExcel);
        makers.put(
                "score-ids-sheet-missing.xlsx",
                () -> edit(template(), book -> book.removeSheetAt(book.getSheetIndex("ids"))));
        makers.put(
                "score-ids-marker-edited.xlsx",
                () -> edit(template(), book -> cell(book.getSheet("ids"), 0, 0).setCellValue("my notes")));
        makers.put(
                "score-ids-questions-edited.xlsx",
                () -> edit(template(), book -> cell(book.getSheet("ids"), 7, 0).setCellValue("renamed-question")));
        makers.put(
                "score-damaged-number.xlsx",
                () -> rewrite(
                        template(),
                        CHECKLIST_SHEET,
                        xml -> replaceCell(xml, "I6", "<c r=\"I6\"><v>not a number</v></c>")));
        makers.put(
                "score-unknown-cell-type.xlsx",
                () -> rewrite(
                        template(),
                        CHECKLIST_SHEET,
                        xml -> replaceCell(xml, "I6", "<c r=\"I6\" t=\"q\"><v>1</v></c>")));
        makers.put("score-sheet-doctype.xlsx", () -> rewrite(template(), CHECKLIST_SHEET, HostileFiles::withDoctype));
        makers.put("score-filled.xlsx", () -> edit(template(), HostileFiles::answerTwo));
        makers.put(
                "audit-damaged-ref.xlsx",
                () -> rewrite(
                        programme(),
                        QUESTIONS_SHEET,
                        xml -> replaceCell(xml, "C4", "<c r=\"C4\"><v>not a number</v></c>")));
        makers.put(
                "audit-ids-sheet-missing.xlsx",
                () -> edit(programme(), book -> book.removeSheetAt(book.getSheetIndex("ids"))));
    }

    private void tables() {
        String header = "Supplier Name,Amount\nGood Ltd,1.00\n";
        makers.put("payments-enormous-line.csv", () -> ascii(header + "A" + "x".repeat(2_000_000) + " Ltd,2.00\n"));
        makers.put("payments-enormous-unclosed-quote.csv", () -> {
            StringBuilder text = new StringBuilder(header).append("\"Unclosed Ltd,3.00\n");
            for (int i = 0; text.length() < 1_200_000; i++) {
                text.append("Later Ltd ").append(i).append(",4.00\n");
            }
            return ascii(text.toString());
        });
        makers.put("payments-binary.csv", HostileFiles::binary);
        // Issue 14: text longer than a cell holds, and terminal escapes, in the names written out.
        makers.put(
                "payments-name-longer-than-a-cell.csv",
                () -> ascii("Supplier,Amount,Date\n\"Skip Hire " + "x".repeat(50_000)
                        + " Ltd\",120.00,01/04/2026\nAcme Ltd,5.00,02/04/2026\n"));
        makers.put(
                "payments-terminal-escapes.csv",
                () -> "Supplier,Amount,Date\nSkip Hire \u001b[2J\u001b]0;owned\u0007 Ltd,120.00,01/04/2026\n"
                        .getBytes(StandardCharsets.UTF_8));
        makers.put("payments-zip-named-csv.csv", () -> handMade(inlineRow(2, "Café Skip Hire Ltd", "100"), null));
        makers.put("payments-not-a-zip.xlsx", HostileFiles::notAZip);
        makers.put("payments-truncated.xlsx", () -> {
            byte[] whole = handMade(inlineRow(2, "Café Skip Hire Ltd", "100"), null);
            return Arrays.copyOf(whole, whole.length / 2);
        });
        makers.put(
                "payments-zip-bomb.xlsx",
                () -> rewrite(
                        handMade(inlineRow(2, "A Ltd", "1"), null),
                        "xl/worksheets/sheet1.xml",
                        xml -> xml + " ".repeat(60_000_000)));
        makers.put("payments-encrypted.xlsx", () -> encrypt(handMade(inlineRow(2, "A Ltd", "1"), null)));
        makers.put(
                "payments-sheet-doctype.xlsx",
                () -> rewrite(
                        handMade(inlineRow(2, "A Ltd", "1"), null),
                        "xl/worksheets/sheet1.xml",
                        HostileFiles::withDoctype));
        makers.put(
                "payments-missing-shared-string.xlsx",
                () -> handMade(
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2000000000</v></c><c r=\"B2\"><v>1</v></c></row>",
                        "A Ltd"));
        makers.put(
                "payments-negative-shared-string.xlsx",
                () -> handMade(
                        "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>-5</v></c><c r=\"B2\"><v>1</v></c></row>", "A Ltd"));
        makers.put(
                "payments-column-beyond-xfd.xlsx",
                () -> handMade("<row r=\"2\"><c r=\"ZZZZZZZ2\" t=\"inlineStr\"><is><t>A Ltd</t></is></c></row>", null));
        makers.put("payments-made-by-hand.xlsx", () -> handMade(inlineRow(2, "Café Skip Hire Ltd", "100"), null));
        makers.put("watchlist-encrypted.xlsx", () -> encrypt(handMade(inlineRow(2, "A Ltd", "1"), null)));
    }

    /** Issue 14: names far longer than any company's, and custom content far larger than any council's. */
    private void namesAndContent() {
        String watchlistHeader = "Name,Company Number,Aliases,Source\n";
        String nightwatch = "Nightwatch Security (Events) Ltd,12345678,,hostile\n";
        makers.put(
                "names-long-watchlist.csv",
                () -> ascii(
                        watchlistHeader + "\"" + longName(1_000_000, "Northbridge Skip Hire ", 14) + "\",,,hostile\n"
                                + "Alias Holder Ltd,,\"" + longName(200_000, "Alias ", 15) + "\",hostile\n"
                                + "\"" + longName(120_000, "", 16) + "\",,,hostile\n"
                                + "\"" + "Q".repeat(500_000) + "\",,,hostile\n"
                                + nightwatch));
        String paymentsHeader = "Payment Date,Amount,Supplier Name\n";
        makers.put(
                "names-120kb-supplier.csv",
                () -> ascii(paymentsHeader + "14/08/2026,100.00,\"" + longName(120_000, "", 17) + "\"\n"));
        makers.put(
                "names-1mb-supplier.csv",
                () -> ascii(paymentsHeader + "14/08/2026,100.00,\""
                        + longName(1_000_000, "Northbridge Skip Hire ", 14).substring(0, 300)
                        + longName(999_700, "", 18) + "\"\n"));
        makers.put(
                "names-500k-letter-word.csv",
                () -> ascii(paymentsHeader + "14/08/2026,100.00," + "Q".repeat(500_000) + "R\n"));
        makers.put("checklist-100k-questions.xml", () -> ascii(checklist(100_000)));
        makers.put("sectors-200k-keywords.xml", () -> ascii(sectors(200_000)));
        makers.put("sectors-at-the-limits.xml", HostileFiles::sectorsAtTheLimits);
    }

    /**
     * A name of words of four to nine letters from a three-letter alphabet after a given start: many
     * of its words are alike to each other and to another such name's, the hard case for pairing.
     */
    static String longName(int length, String start, long seed) {
        Random random = new Random(seed);
        StringBuilder name = new StringBuilder(start);
        while (name.length() < length) {
            for (int letters = 4 + random.nextInt(6); letters > 0; letters--) {
                name.append("abc".charAt(random.nextInt(3)));
            }
            name.append(' ');
        }
        return name.substring(0, length).strip();
    }

    /** A checklist with this many questions in one section, a question a line from line 4. */
    private static String checklist(int questions) {
        StringBuilder xml = new StringBuilder(CHECKLIST_OPEN)
                .append("<group id=\"g\" title=\"Group\"><section id=\"s\" title=\"Section\">\n");
        for (int i = 0; i < questions; i++) {
            xml.append("<question id=\"q").append(i).append("\" letter=\"a\"><text>Question?</text></question>\n");
        }
        return xml.append("</section></group>\n</checklist>\n").toString();
    }

    /** A sectors file with this many keywords in one sector, one of them not ASCII, a keyword a line from line 4. */
    private static String sectors(int keywords) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sectors xmlns=\"urn:soc-audit:sectors:1\" id=\"many\" version=\"1.0\">\n"
                + "<sector id=\"MANY\" name=\"Many keywords\">\n");
        xml.append("<keyword>café bar</keyword>\n");
        Random random = new Random(9);
        for (int i = 1; i < keywords; i++) {
            xml.append("<keyword>");
            for (int letters = 5 + random.nextInt(6); letters > 0; letters--) {
                xml.append((char) ('a' + random.nextInt(26)));
            }
            xml.append(i).append("</keyword>\n");
        }
        return xml.append("</sector>\n</sectors>\n").toString();
    }

    /**
     * The bundled sectors with as many keywords as the limits allow: 2,000 in the first sector (one
     * of them 'nightwatch', one not ASCII, one not findable by its first word) and 10,000 in all.
     */
    private static byte[] sectorsAtTheLimits() throws IOException {
        String xml;
        try (var in =
                HostileFiles.class.getResourceAsStream("/org/socaudit/content/checklists/high-risk-sectors.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher sectors = Pattern.compile("(?s)(<sector [^>]*>)(.*?)</sector>").matcher(xml);
        StringBuilder out = new StringBuilder();
        Random random = new Random(10);
        int total = 0;
        int keywordsLeft =
                2_000 - (int) Pattern.compile("<keyword").matcher(xml).results().count();
        for (int s = 0; sectors.find(); s++) {
            String body = sectors.group(2);
            int have = (int) Pattern.compile("<keyword").matcher(body).results().count();
            int add = Math.min(keywordsLeft, 500 - have);
            StringBuilder more = new StringBuilder();
            if (s == 0) {
                more.append("<keyword>nightwatch</keyword><keyword>café bar</keyword><keyword>£ bar</keyword>");
                add -= 3;
            }
            for (int i = 0; i < add; i++) {
                more.append("<keyword>");
                for (int letters = 5 + random.nextInt(6); letters > 0; letters--) {
                    more.append((char) ('a' + random.nextInt(26)));
                }
                more.append(total++).append("</keyword>\n");
            }
            keywordsLeft -= add + (s == 0 ? 3 : 0);
            // Keywords come before a sector's "unless" phrases.
            int unless = body.indexOf("<unless");
            String filled = unless < 0 ? body + more : body.substring(0, unless) + more + body.substring(unless);
            sectors.appendReplacement(out, Matcher.quoteReplacement(sectors.group(1) + filled + "</sector>"));
        }
        sectors.appendTail(out);
        return ascii(out.toString());
    }

    /** A checklist workbook from the real 'template' command, made once. */
    private byte[] template() throws IOException {
        if (template == null) {
            Path file = dir.resolve("template-source.xlsx");
            CliRun run = CliRun.of("template", "--authority", "Testshire", "--out", file.toString());
            if (run.exitCode() != 0) {
                throw new IllegalStateException("template failed: " + run.err());
            }
            template = normalise(Files.readAllBytes(file));
            Files.delete(file);
        }
        return template;
    }

    /** A blank audit programme, as 'soc-audit audit-plan' writes it without spending files. */
    private byte[] programme() throws IOException {
        if (programme == null) {
            Path file = dir.resolve("programme-source.xlsx");
            CliRun run = CliRun.of("audit-plan", "--council", "Testshire", "--out", file.toString());
            if (run.exitCode() != 0) {
                throw new IllegalStateException("audit-plan failed: " + run.err());
            }
            programme = normalise(Files.readAllBytes(file));
            Files.delete(file);
        }
        return programme;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    private static byte[] notAZip() {
        return ascii("PK\u0003\u0004" + "this is not a zip file. ".repeat(40));
    }

    private static String withDoctype(String xml) {
        return xml.replaceFirst(
                "\\?>", Matcher.quoteReplacement("?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
    }

    private static String replaceCell(String xml, String reference, String replacement) {
        Matcher cell =
                Pattern.compile("<c r=\"" + reference + "\"[^>]*>.*?</c>").matcher(xml);
        if (!cell.find()) {
            throw new IllegalStateException("no cell " + reference + " in the template's checklist sheet");
        }
        return xml.substring(0, cell.start()) + replacement + xml.substring(cell.end());
    }

    /** About 24 MB of rows of seeded random words: compresses about fivefold, so no zip bomb check notices. */
    private static String manyRows(String xml) {
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"};
        Random random = new Random(6);
        StringBuilder rows = new StringBuilder();
        for (int r = 100; rows.length() < 24_000_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"D").append(r).append("\" t=\"inlineStr\"><is><t>");
            for (int w = 0; w < 8; w++) {
                rows.append(words[random.nextInt(words.length)]).append(' ');
            }
            rows.append(random.nextInt(1_000_000_000)).append("</t></is></c></row>");
        }
        return xml.replace("</sheetData>", rows + "</sheetData>");
    }

    private static void answerTwo(XSSFWorkbook book) {
        Sheet sheet = book.getSheet("Checklist");
        String[] answers = {"Good", "Acceptable"};
        int answered = 0;
        for (Row row : sheet) {
            if (answered < answers.length
                    && row.getRowNum() > 2
                    && row.getCell(Cells.column(sheet, "Question id")) != null
                    && !row.getCell(Cells.column(sheet, "Question id"))
                            .getStringCellValue()
                            .isBlank()) {
                Cells.cell(row, "Assessment").setCellValue(answers[answered++]);
            }
        }
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    private static byte[] edit(byte[] workbook, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return normalise(out.toByteArray());
        }
    }

    private static byte[] oldExcel() throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("Checklist").createRow(0).createCell(0).setCellValue("Ref");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Wraps a file as Excel's "Encrypt with Password" does: an OLE2 container around the encrypted package. */
    private static byte[] encrypt(byte[] workbook) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(workbook);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static String inlineRow(int row, String name, String amount) {
        return "<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>" + name + "</t></is></c>"
                + "<c r=\"B" + row + "\"><v>" + amount + "</v></c>"
                + "<c r=\"C" + row + "\" t=\"inlineStr\"><is><t>Skip hire</t></is></c></row>";
    }

    /** The smallest workbook Excel opens: one sheet "Spend" with a header row, and shared strings if given. */
    private static byte[] handMade(String dataRows, String sharedString) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
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
                        + "\">" + "<sheets><sheet name=\"Spend\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"" + REL_NS
                        + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                        + "</Relationships>");
        parts.put(
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Supplier Name</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Amount</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>Expense Type</t></is></c></row>"
                        + dataRows + "</sheetData></worksheet>");
        String strings = sharedString == null ? "" : "<si><t>" + sharedString + "</t></si>";
        int count = sharedString == null ? 0 : 1;
        parts.put(
                "xl/sharedStrings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS + "\" count=\"" + count
                        + "\" uniqueCount=\"" + count + "\">" + strings + "</sst>");
        return zip(parts);
    }

    /** Copies a package with one part changed. */
    private static byte[] rewrite(byte[] workbook, String part, UnaryOperator<String> change) throws IOException {
        Map<String, String> parts = unzip(workbook);
        if (!parts.containsKey(part)) {
            throw new IllegalStateException("no part " + part);
        }
        parts.put(part, change.apply(parts.get(part)));
        return zip(parts);
    }

    /** The same package with fixed entry times and document dates, so that a file made twice is the same. */
    private static byte[] normalise(byte[] workbook) throws IOException {
        Map<String, String> parts = unzip(workbook);
        parts.replaceAll(
                (name, xml) -> xml.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z", "2026-01-01T00:00:00Z"));
        return zip(parts);
    }

    private static Map<String, String> unzip(byte[] workbook) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(315_532_800_000L); // 1980-01-01, the earliest time a zip entry can hold
                out.putNextEntry(entry);
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
