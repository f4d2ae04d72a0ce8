package org.socaudit.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.socaudit.model.Assessment;
import org.socaudit.model.RatedScore;
import org.socaudit.model.Scale;

/** Writes a score's percentage and rating cells, blank and grey when nothing was assessed. */
final class Percentages {

    static final String NOT_ASSESSED = "Not assessed";

    private Percentages() {}

    static void percent(SheetWriter out, int row, int column, RatedScore score, CellStyle style) {
        if (score.score().fraction().isPresent()) {
            out.number(row, column, score.score().fraction().get(), style);
        } else {
            out.text(row, column, "-", style);
        }
    }

    static void rating(SheetWriter out, int row, int column, RatedScore score, Scale scale, Styles styles) {
        Assessment rating = score.rating();
        out.text(row, column, rating == null ? NOT_ASSESSED : scale.label(rating), styles.rating(rating));
    }
}
