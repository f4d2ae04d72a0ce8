package org.socaudit.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.socaudit.model.Comparison;
import org.socaudit.model.RatedScore;
import org.socaudit.model.ScoredChecklist;

/** The section-by-section part of the Comparison sheet, below the questions: score then and now. */
final class SectionComparisonTable {

    private final Styles styles;

    SectionComparisonTable(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, int top, ScoredChecklist scored, Comparison comparison) {
        SheetWriter out = new SheetWriter(sheet, 8, 22, 56, 18, 18, 20);
        out.banner(top, 0, 2, "By section", styles.textBold);
        out.banner(top + 1, 0, 2, "Section", styles.header);
        out.text(top + 1, 3, "Previous score", styles.header);
        out.text(top + 1, 4, "Current score", styles.header);
        out.text(top + 1, 5, "Change (percentage points)", styles.header);
        List<String> labels = scored.checklist().sectionLabels();
        List<RatedScore> now = scored.scoreCard().sections();
        int row = top + 2;
        for (int i = 0; i < now.size(); i++) {
            writeRow(out, row++, labels.get(i), comparison.sectionsBefore().get(i), now.get(i));
        }
        writeRow(
                out,
                row,
                "Overall",
                comparison.overallBefore(),
                scored.scoreCard().overall());
    }

    private void writeRow(SheetWriter out, int row, String label, RatedScore before, RatedScore after) {
        out.banner(row, 0, 2, label, styles.textBold);
        Percentages.percent(out, row, 3, before, styles.percent);
        Percentages.percent(out, row, 4, after, styles.percent);
        out.text(row, 5, change(before, after), styles.text);
    }

    private static String change(RatedScore before, RatedScore after) {
        if (before.score().fraction().isEmpty() || after.score().fraction().isEmpty()) {
            return "-";
        }
        long points = Math.round(
                (after.score().fraction().get() - before.score().fraction().get()) * 100);
        return points == 0 ? "No change" : (points > 0 ? "+" : "") + points;
    }
}
