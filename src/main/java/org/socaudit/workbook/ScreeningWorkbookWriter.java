package org.socaudit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Confidence;
import org.socaudit.model.FlagKind;
import org.socaudit.model.InputIssue;
import org.socaudit.model.MatchBand;
import org.socaudit.model.NonInvolvementStatement;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningReport;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.StatementGuidance;
import org.socaudit.model.WatchlistMatch;

/**
 * Writes the screening workbook. Long sheets are streamed (POI's SXSSF), and every sheet is one row
 * per supplier, match or issue, never one per payment, so none can pass Excel's row limit.
 */
public final class ScreeningWorkbookWriter {

    private static final String ISSUES_NOTE = "Lines that could not be used were left out of the screening; a line"
            + " whose date could not be read was screened by sector and watchlist but left out of the date checks.";

    /** Rows kept in memory while streaming a sheet. */
    private static final int WINDOW = 200;

    /** Writes the workbook to the stream. */
    public void write(ScreeningReport report, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base);
        new ScreeningSummarySheet(styles).write(base, report);
        SXSSFWorkbook workbook = new FastZippedWorkbook(base);
        try {
            writeDetailSheets(workbook, styles, report);
            new AboutSheet(styles).write(workbook, report.run(), about(report), ABOUT_NOTE);
            AboutSheet.noteCutText(workbook, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The sheets after the summary, one row per supplier, match or issue, streamed. */
    static void writeDetailSheets(SXSSFWorkbook workbook, Styles styles, ScreeningReport report) {
        ScreeningResult result = report.result();
        Map<String, String> names = report.sectors().namesById();
        writeFlagged(workbook, styles, result, names);
        writePossible(workbook, styles, result, names);
        writeLowLevel(workbook, styles, result, names);
        writeMatches(workbook, styles, result);
        CompaniesHouseSheet.write(workbook, styles, result);
        writeIssues(workbook, styles, result);
        writeStatements(workbook, styles, report);
    }
    /**
     * Zips at the fastest deflate level: compressing the long sheets at the default level took about
     * a second for a large ledger, for a file only a little smaller.
     */
    static final class FastZippedWorkbook extends SXSSFWorkbook {
        FastZippedWorkbook(XSSFWorkbook base) {
            super(base, WINDOW);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    static final String ABOUT_NOTE = "A flag is a prompt for closer checks, not evidence of wrongdoing.";

    static List<String[]> about(ScreeningReport report) {
        var settings = report.result().settings();
        return List.of(
                new String[] {
                    "Sectors",
                    report.sectors().info().title() + ", version "
                            + report.sectors().info().version()
                },
                new String[] {"Low-level threshold", pounds(settings.lowValuePence())},
                new String[] {"One-off supplier", "at most " + settings.oneOffMaxPayments() + " payments"},
                new String[] {"Many categories", settings.manyCategories() + " or more spend categories"});
    }

    /** A supplier's sectors by name, as people read them, a low-confidence one marked "(low)". */
    static String sectors(ScreenedSupplier supplier, Map<String, String> names) {
        return supplier.sectorIds().stream()
                .map(id -> names.getOrDefault(id, id) + (supplier.confidence(id) == Confidence.LOW ? " (low)" : ""))
                .collect(Collectors.joining(", "));
    }

    /** "High" when the supplier is in some sector with high confidence, "Low" when only low, else blank. */
    static String confidence(ScreenedSupplier supplier) {
        if (supplier.sectorHits().isEmpty()) {
            return null;
        }
        return (supplier.hasConfidentSector() ? Confidence.HIGH : Confidence.LOW).label();
    }

    /** The sector evidence, one line a hit, then the notes on it (exclusions, terms set aside). */
    static String evidence(ScreenedSupplier supplier, Map<String, String> names) {
        List<String> lines = new java.util.ArrayList<>();
        supplier.sectorHits().forEach(hit -> lines.add(hit.describe(names)));
        supplier.sectorNotes().forEach(note -> lines.add("Note: " + note));
        return String.join("\n", lines);
    }

    private static void writeFlagged(
            SXSSFWorkbook workbook, Styles styles, ScreeningResult result, Map<String, String> names) {
        List<ScreenedSupplier> flagged = result.flagged().stream()
                .sorted(Comparator.comparingInt(ScreeningWorkbookWriter::priority)
                        .thenComparingLong(s -> -s.profile().totalPence()))
                .toList();
        List<Column<ScreenedSupplier>> columns = List.of(
                Column.of("Supplier", 34, Column.Kind.BOLD, s -> s.profile().name()),
                Column.text(
                        "Other names", 24, s -> String.join("; ", s.profile().otherNames())),
                Column.text("Company number", 12, s -> s.profile().companyNumber()),
                Column.text("Sectors", 22, s -> sectors(s, names)),
                Column.text("Confidence", 11, ScreeningWorkbookWriter::confidence),
                Column.text("Evidence", 46, s -> evidence(s, names)),
                Column.of("Total spend", 14, Column.Kind.MONEY, s -> s.profile().totalPence()),
                Column.of("Payments", 10, Column.Kind.INTEGER, s -> s.profile().payments()),
                Column.text("Flags", 36, s -> s.flags().stream()
                        .map(Object::toString)
                        .collect(Collectors.joining("\n"))),
                Column.text("Recommended action", 60, s -> String.join("\n", s.recommendedActions())));
        new TableSheet<>(styles, null, columns)
                .write(
                        workbook,
                        "Flagged Suppliers",
                        "One row per supplier in a high-risk sector with high confidence or with a flag: watchlist"
                                + " matches first, then sector hits, then by spend. Evidence says which rule put it in"
                                + " each sector; a sector marked (low) rests on a weak term alone.",
                        flagged,
                        "No supplier was flagged.");
    }

    private static int priority(ScreenedSupplier supplier) {
        if (supplier.has(FlagKind.WATCHLIST_STRONG)) {
            return 0;
        }
        if (supplier.has(FlagKind.WATCHLIST_REVIEW)) {
            return 1;
        }
        return supplier.hasConfidentSector() ? 2 : 3;
    }

    private static void writePossible(
            SXSSFWorkbook workbook, Styles styles, ScreeningResult result, Map<String, String> names) {
        List<Column<ScreenedSupplier>> columns = List.of(
                Column.of("Supplier", 34, Column.Kind.BOLD, s -> s.profile().name()),
                Column.text("Sectors (low confidence)", 22, s -> sectors(s, names)),
                Column.text("Evidence", 50, s -> evidence(s, names)),
                Column.of("Total spend", 14, Column.Kind.MONEY, s -> s.profile().totalPence()),
                Column.of("Payments", 10, Column.Kind.INTEGER, s -> s.profile().payments()),
                Column.text("Categories", 34, s -> String.join("; ", s.profile().categories())),
                Column.text("Checked by / outcome", 26, s -> null));
        new TableSheet<>(styles, null, columns)
                .write(
                        workbook,
                        "Possible Sectors",
                        "Suppliers whose only sign of risk is a low-confidence sector hit: an ambiguous word alone"
                                + " (bar, security, travel, care) or a charity. Not flagged; worth a second look, most"
                                + " spend first.",
                        result.possible(),
                        "No supplier has only a low-confidence sector hit.");
    }

    private static void writeLowLevel(
            SXSSFWorkbook workbook, Styles styles, ScreeningResult result, Map<String, String> names) {
        List<ScreenedSupplier> oneOff = result.suppliers().stream()
                .filter(s -> s.has(FlagKind.LOW_LEVEL_ONE_OFF))
                .sorted(Comparator.comparing((ScreenedSupplier s) -> !s.hasConfidentSector())
                        .thenComparing(s -> s.sectorIds().isEmpty())
                        .thenComparingLong(s -> -s.profile().totalPence()))
                .toList();
        List<Column<ScreenedSupplier>> columns = List.of(
                Column.of("Supplier", 36, Column.Kind.BOLD, s -> s.profile().name()),
                Column.text("Sectors", 22, s -> sectors(s, names)),
                Column.of("Payments", 10, Column.Kind.INTEGER, s -> s.profile().payments()),
                Column.of("Total spend", 14, Column.Kind.MONEY, s -> s.profile().totalPence()),
                Column.of(
                        "First payment", 13, Column.Kind.DATE, s -> s.profile().firstPayment()),
                Column.text("Services", 34, s -> String.join("; ", s.profile().services())),
                Column.text("Categories", 34, s -> String.join("; ", s.profile().categories())),
                Column.text("Company number", 12, s -> s.profile().companyNumber()));
        new TableSheet<>(styles, null, columns)
                .write(
                        workbook,
                        "Low-Level Spend",
                        "Suppliers paid only once or twice, each payment under "
                                + pounds(result.settings().lowValuePence())
                                + ": where the pilots found links to organised crime. High-risk sectors first.",
                        oneOff,
                        "No low-level one-off suppliers.");
    }

    private static void writeMatches(SXSSFWorkbook workbook, Styles styles, ScreeningResult result) {
        record Row(ScreenedSupplier supplier, WatchlistMatch match) {}
        List<Row> rows = result.suppliers().stream()
                .flatMap(s -> s.watchlistMatches().stream().map(m -> new Row(s, m)))
                .sorted(Comparator.comparing((Row r) -> r.match().band())
                        .thenComparing(r -> -r.match().score())
                        .thenComparing(r -> r.supplier().profile().name()))
                .toList();
        List<Column<Row>> columns = List.of(
                Column.of("Band", 9, Column.Kind.BOLD, r -> r.match().band() == MatchBand.STRONG ? "Strong" : "Review"),
                Column.of("Score", 7, Column.Kind.SCORE, r -> r.match().score()),
                Column.of("Supplier", 32, Column.Kind.BOLD, r -> r.supplier()
                        .profile()
                        .name()),
                Column.text("Supplier company number", 15, r -> r.supplier()
                        .profile()
                        .companyNumber()),
                Column.text("Watchlist entry", 30, r -> r.match().entry().name()),
                Column.text("Entry company number", 15, r -> r.match().entry().companyNumber()),
                Column.text("Why", 44, r -> r.match().reason()),
                Column.of("Total spend", 14, Column.Kind.MONEY, r -> r.supplier()
                        .profile()
                        .totalPence()),
                Column.text("Reviewed by / outcome", 24, r -> null));
        new TableSheet<>(styles, null, columns)
                .write(
                        workbook,
                        "Watchlist Matches",
                        "A review queue, strongest first. Strong: same company number or near-identical names. Review:"
                                + " alike enough for a person to check.",
                        rows,
                        "No supplier matched the watchlist (or no watchlist was given).");
    }

    private static void writeIssues(SXSSFWorkbook workbook, Styles styles, ScreeningResult result) {
        List<Column<InputIssue>> columns = List.of(
                Column.text("File", 40, InputIssue::file),
                Column.of("Row", 9, Column.Kind.INTEGER, InputIssue::row),
                Column.text("Column", 20, InputIssue::column),
                Column.text("Problem", 70, InputIssue::reason));
        String note = result.inputIssueCount() > result.inputIssues().size()
                ? "The first " + result.inputIssues().size() + " of " + result.inputIssueCount() + " input issues. "
                        + ISSUES_NOTE
                : ISSUES_NOTE;
        new TableSheet<>(styles, null, columns)
                .write(workbook, "Input Issues", note, result.inputIssues(), "Every line was read.");
    }

    private static void writeStatements(SXSSFWorkbook workbook, Styles styles, ScreeningReport report) {
        List<Column<NonInvolvementStatement>> columns = List.of(
                Column.of("Statement", 26, Column.Kind.BOLD, NonInvolvementStatement::title),
                Column.text("For", 22, s -> s.regime().title()),
                Column.text("Where", 28, NonInvolvementStatement::placement),
                Column.text("Text", 80, NonInvolvementStatement::text),
                Column.text("Legal references", 34, s -> String.join("\n", s.legalReferences())));
        Sheet sheet = new TableSheet<>(styles, null, columns)
                .write(
                        workbook,
                        "Statements",
                        "Non-involvement statements to include in notices and tenders in the high-risk sectors.",
                        report.sectors().statements(),
                        "No statements in the sectors file.");
        writeGuidance(sheet, styles, columns, report.sectors().statementGuidance());
    }

    /** When and how to use the statements, under the table: the report's words labelled by section, then ours. */
    private static void writeGuidance(
            Sheet sheet,
            Styles styles,
            List<Column<NonInvolvementStatement>> columns,
            List<StatementGuidance> guidance) {
        if (guidance.isEmpty()) {
            return;
        }
        SheetWriter out =
                new SheetWriter(sheet, columns.stream().mapToInt(Column::width).toArray());
        int width =
                columns.get(1).width() + columns.get(2).width() + columns.get(3).width();
        int row = sheet.getLastRowNum() + 2;
        out.text(row++, 0, "When and how to use them", styles.textBold);
        for (StatementGuidance paragraph : guidance) {
            out.text(
                    row,
                    0,
                    paragraph.quoted()
                            ? "The report, section " + paragraph.section() + " (the statements it refers to are the"
                                    + " notice and invitation to tender texts above)"
                            : "The toolkit's note",
                    styles.text);
            String text = paragraph.quoted() ? "\u201c" + paragraph.text() + "\u201d" : paragraph.text();
            out.banner(row, 1, 3, text, styles.text);
            out.fitMergedHeight(row, text, width);
            row++;
        }
    }

    private static String pounds(long pence) {
        return String.format("£%,.2f", pence / 100.0);
    }
}
