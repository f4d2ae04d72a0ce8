package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Timeout;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Fuzzes the spending file reader's CSV and XLSX paths with Jazzer. The property: any file either
 * reads (rows it cannot use become input issues) or is refused with {@link InvalidInputException}
 * whose every problem names the file; any other exception, or an input slower than the timeout, is
 * a finding.
 *
 * <p>A plain test run replays the seeds in {@code TableReadersFuzzTestInputs/<method>/}; with
 * JAZZER_FUZZ=1 one method is fuzzed for its {@code maxDuration} (see .ci/fuzz).
 */
class TableReadersFuzzTest {

    private static final Path DIR = directory();
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void csvReadsOrRefusesWithALocatedProblem(byte[] input) throws IOException {
        readOrRefuse(write("fuzzed.csv", input));
    }

    /** The bytes are the first sheet's XML inside an otherwise sound package, so the fuzzer need not learn zip. */
    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void xlsxSheetReadsOrRefusesWithALocatedProblem(byte[] sheetXml) throws IOException {
        readOrRefuse(write("fuzzed-sheet.xlsx", workbook(sheetXml)));
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void xlsxFileReadsOrRefusesWithALocatedProblem(byte[] input) throws IOException {
        readOrRefuse(write("fuzzed.xlsx", input));
    }

    private static void readOrRefuse(Path file) {
        try {
            new PaymentFileReader(Map.of()).read(file, payment -> {}, issue -> assertIssueLocated(file, issue));
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem problem : e.problems()) {
                assertTrue(problem.location().startsWith(file.toString()), problem::toString);
                assertFalse(problem.message().isBlank(), problem::toString);
            }
        }
    }

    private static void assertIssueLocated(Path file, InputIssue issue) {
        assertTrue(issue.location().startsWith(file.toString()), issue::toString);
    }

    private static Path write(String name, byte[] content) throws IOException {
        return Files.write(DIR.resolve(name), content);
    }

    private static byte[] workbook(byte[] sheetXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                            + "</Types>");
            part(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            part(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS
                            + "\"><sheets><sheet name=\"Spend\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS
                            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "<Relationship Id=\"rId2\" Type=\"" + REL_NS
                            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                            + "</Relationships>");
            part(
                    zip,
                    "xl/sharedStrings.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS
                            + "\" count=\"3\" uniqueCount=\"3\">"
                            + "<si><t>Supplier Name</t></si><si><t>Amount</t></si><si><t>Café Skip Hire Ltd</t></si></sst>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheetXml);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Path directory() {
        try {
            Path dir = Files.createTempDirectory("table-fuzz");
            dir.toFile().deleteOnExit();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (String name : new String[] {"fuzzed.csv", "fuzzed-sheet.xlsx", "fuzzed.xlsx"}) {
                    dir.resolve(name).toFile().delete();
                }
                dir.toFile().delete();
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
