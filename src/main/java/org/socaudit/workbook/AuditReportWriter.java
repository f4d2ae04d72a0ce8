package org.socaudit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AuditReport;
import org.socaudit.model.RunInfo;
import org.socaudit.model.Scale;

/** Writes the audit report workbook: summary, findings, policy concerns, variances, scope and how it was made. */
public final class AuditReportWriter {

    private final Scale scale;

    private final Map<String, String> sectorNames;

    /** A writer labelling ratings with this scale's labels and sectors by these names (sector id to name). */
    public AuditReportWriter(Scale scale, Map<String, String> sectorNames) {
        this.scale = scale;
        this.sectorNames = Map.copyOf(sectorNames);
    }

    /** Writes the workbook to the stream. */
    public void write(AuditReport report, RunInfo run, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            new AuditReportSheets(styles, scale, sectorNames).write(workbook, report);
            List<String[]> facts = new ArrayList<>(about(report));
            facts.add(AboutSheet.scaleFact(scale));
            new AboutSheet(styles).write(workbook, run, facts, NOTE);
            AboutSheet.noteCutText(workbook, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    static final String NOTE =
            "Area scores use the checklist's scale: points over the most the rated questions could earn.";

    static List<String[]> about(AuditReport report) {
        return List.of(
                new String[] {
                    "Audit template",
                    report.template().info().title() + ", version "
                            + report.template().info().version()
                },
                new String[] {"Policies judged as at", report.asOf().toString()});
    }
}
