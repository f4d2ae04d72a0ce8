package org.socaudit.workbook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.FlagKind;
import org.socaudit.model.RiskSector;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningReport;
import org.socaudit.model.ScreeningResult;

/** The first screen of the screening workbook: what was read, flagged suppliers and spend by sector, flags. */
final class ScreeningSummarySheet {

    private static final int[] WIDTHS = {44, 18, 20, 2, 40, 14};

    private final Styles styles;

    private final String name;

    ScreeningSummarySheet(Styles styles) {
        this(styles, "Summary");
    }

    /** A summary sheet with another name, for a workbook that has a summary of its own. */
    ScreeningSummarySheet(Styles styles, String name) {
        this.styles = styles;
        this.name = name;
    }

    void write(XSSFWorkbook workbook, ScreeningReport report) {
        XSSFSheet sheet = workbook.createSheet(name);
        SheetWriter out = new SheetWriter(sheet, WIDTHS);
        sheet.setDisplayGridlines(false);
        ScreeningResult result = report.result();
        List<ScreenedSupplier> flagged = result.flagged();
        out.text(0, 0, "Supplier and spend screening", styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(
                1,
                0,
                "Against " + report.sectors().info().title() + ", version "
                        + report.sectors().info().version(),
                styles.subtitle);
        int row = 3;
        row = count(out, row, "Payment lines read", result.rows());
        row = count(out, row, "Payments screened", result.payments());
        row = count(out, row, "Redacted personal data lines (counted, not screened)", result.redacted());
        row = count(out, row, "Input issues (lines left out or read in part)", result.inputIssueCount());
        row = count(out, row, "Suppliers screened", result.suppliers().size());
        row = count(out, row, "Suppliers flagged", flagged.size());
        out.text(row, 0, "Spend with flagged suppliers", styles.textBold);
        out.number(
                row++,
                1,
                flagged.stream().mapToLong(s -> s.profile().totalPence()).sum() / 100.0,
                styles.moneyBold);
        row = count(
                out,
                row,
                "Low-confidence sector hit only (Possible Sectors)",
                result.possible().size());
        // Said once here, rather than as a flag on every supplier in a sector.
        for (String note : java.util.stream.Stream.of(result.notScreenedNote(), result.companyNumberNote())
                .flatMap(java.util.Optional::stream)
                .toList()) {
            out.banner(row, 0, 2, note, styles.text);
            out.fitMergedHeight(row++, note, WIDTHS[0] + WIDTHS[1] + WIDTHS[2]);
        }

        int tableTop = row + 1;
        out.headers(tableTop, styles.header, "Sector", "Flagged suppliers", "Spend with them");
        row = tableTop + 1;
        Map<String, ScreeningResult.SectorTally> bySector = result.flaggedBySector();
        for (RiskSector sector : report.sectors().sectors()) {
            ScreeningResult.SectorTally tally =
                    bySector.getOrDefault(sector.id(), new ScreeningResult.SectorTally(0, 0));
            out.text(row, 0, sector.name(), styles.text);
            out.number(row, 1, tally.suppliers(), styles.integer);
            out.number(row++, 2, tally.pence() / 100.0, styles.money);
        }
        int lastSectorRow = row - 1;
        writeFlagCounts(out, tableTop, flagged, result.register() != null);
        new BarChart("Spend with flagged suppliers by sector (£)", "Spend", 2, BarChart.Axis.POUNDS, BarChart.RED)
                .draw(sheet, tableTop + 1, lastSectorRow, row + 1, 6);
        out.printOnOnePage();
    }

    private int count(SheetWriter out, int row, String label, long value) {
        out.text(row, 0, label, styles.textBold);
        out.number(row, 1, value, styles.integer);
        out.fitHeight(row);
        return row + 1;
    }

    /** Every flag's count; the register's flags only when a register was checked (else 0 would mislead). */
    private void writeFlagCounts(SheetWriter out, int top, List<ScreenedSupplier> flagged, boolean registerChecked) {
        Map<FlagKind, Integer> counts = new EnumMap<>(FlagKind.class);
        flagged.forEach(s -> s.flags().forEach(f -> counts.merge(f.kind(), 1, Integer::sum)));
        out.text(top, 4, "Flag", styles.header);
        out.text(top, 5, "Suppliers", styles.header);
        int row = top + 1;
        for (FlagKind kind : FlagKind.values()) {
            if (!registerChecked && CompaniesHouseSheet.fromRegister(kind)) {
                continue;
            }
            out.text(row, 4, kind.label(), styles.text);
            out.number(row++, 5, counts.getOrDefault(kind, 0), styles.integer);
        }
    }
}
