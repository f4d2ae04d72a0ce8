package org.socaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prints the demo's workbooks as LibreOffice prints them and counts pages: every sheet with a chart
 * (each Summary, the Executive Summary) must print on one page, so no summary runs over and no chart
 * is cut across a page break. Each such sheet is saved alone (with POI) and converted to PDF by
 * {@code soffice --headless}. Skipped, with a message, where LibreOffice is missing; .ci/run installs
 * it and sets SOC_AUDIT_REQUIRE_LIBREOFFICE, which turns the skip into a failure.
 */
class PrintedPagesTest {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    private static Path demo;

    @BeforeAll
    static void runDemo() throws IOException {
        demo = Files.createTempDirectory("printed-pages");
        CliRun run = CliRun.of("demo", "--out", demo.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    /** Every sheet holding a chart in every workbook the demo writes. */
    static Stream<Arguments> sheetsWithCharts() throws IOException {
        Path out = Files.createTempDirectory("printed-pages-list");
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<Arguments> sheets = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file);
                        XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                        XSSFSheet sheet = workbook.getSheetAt(i);
                        if (sheet.getDrawingPatriarch() != null
                                && !sheet.getDrawingPatriarch().getCharts().isEmpty()) {
                            sheets.add(Arguments.of(file.getFileName().toString(), sheet.getSheetName()));
                        }
                    }
                }
            }
        }
        assertTrue(sheets.size() >= 6, sheets::toString);
        return sheets.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sheetsWithCharts")
    void printsOnOnePage(String workbook, String sheet) throws Exception {
        String skipped = "LibreOffice (soffice) was not found, so the printed pages are not counted; install"
                + " libreoffice-calc-nogui to count them";
        if (!onPath("soffice")) {
            assertTrue(
                    System.getenv("SOC_AUDIT_REQUIRE_LIBREOFFICE") == null,
                    "SOC_AUDIT_REQUIRE_LIBREOFFICE is set (as .ci/run sets it), so this cannot be skipped: " + skipped);
            assumeTrue(false, skipped);
        }
        Path alone = demo.resolve(workbook.replace(".xlsx", "") + "-" + sheet.replaceAll("\\W", "") + ".xlsx");
        try (InputStream in = Files.newInputStream(demo.resolve("out").resolve(workbook));
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (int i = book.getNumberOfSheets() - 1; i >= 0; i--) {
                if (!book.getSheetName(i).equals(sheet)) {
                    book.removeSheetAt(i);
                }
            }
            book.setActiveSheet(0);
            try (OutputStream out = Files.newOutputStream(alone)) {
                book.write(out);
            }
        }
        Path pdf = toPdf(alone);
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertEquals(1, PAGE.matcher(text).results().count(), workbook + " " + sheet + " prints on one page");
    }

    private static Path toPdf(Path xlsx) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile");
        Process process = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + profile.toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        xlsx.getParent().toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        Path pdf = xlsx.resolveSibling(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
        assertTrue(Files.exists(pdf), output);
        return pdf;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
