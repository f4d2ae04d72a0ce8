package org.socaudit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.InputReport;
import org.socaudit.tabular.ReadSummary;
import org.socaudit.tabular.Role;

/** Turns what a reader made of a file into the report users see, naming the checks a missing column stops. */
final class InputReports {

    static final String PAYMENTS = "payments";
    static final String SUPPLIERS = "suppliers";
    static final String WATCHLIST = "watchlist";

    private InputReports() {}

    static InputReport of(String kind, ReadSummary summary) {
        Map<String, String> columns = new LinkedHashMap<>();
        summary.columns().forEach((role, header) -> columns.put(role.optionName(), header));
        ReadSummary.Lines lines = summary.lines();
        return new InputReport(
                kind,
                summary.headerRow(),
                columns,
                summary.moreCategories(),
                new InputReport.Lines(
                        lines.rows(),
                        lines.records(),
                        lines.partial(),
                        lines.redacted(),
                        lines.blank(),
                        lines.totals(),
                        lines.unusable(),
                        lines.repaired()),
                kind.equals(PAYMENTS) ? skippedChecks(summary) : List.of(),
                summary.notes());
    }

    /** The checks of a spending file that need a column it does not have. */
    private static List<String> skippedChecks(ReadSummary summary) {
        List<String> skipped = new ArrayList<>();
        if (!summary.has(Role.DATE)) {
            skipped.add("low-level one-off spend (needs a date column)");
            skipped.add("same-day payments over the threshold (needs a date column)");
        }
        if (!summary.has(Role.CATEGORY)) {
            skipped.add("sector keywords in spend categories (needs a category column)");
        }
        if (!summary.has(Role.SERVICE)) {
            skipped.add("spend by service for the audit scope (needs a service column)");
        }
        return skipped;
    }
}
