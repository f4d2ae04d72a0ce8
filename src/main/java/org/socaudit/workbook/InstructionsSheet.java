package org.socaudit.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.RatingThreshold;
import org.socaudit.model.Scale;

/** The first sheet of the fillable checklist: what it is for and how to fill it in. */
final class InstructionsSheet {

    private static final int WIDTH = 100;

    private final Styles styles;

    InstructionsSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, Checklist checklist, String authority) {
        XSSFSheet sheet = workbook.createSheet("Instructions");
        SheetWriter out = new SheetWriter(sheet, WIDTH);
        sheet.setDisplayGridlines(false);
        int row = 0;
        out.text(row, 0, checklist.info().title(), styles.title);
        out.row(row++).setHeightInPoints(24);
        if (authority != null && !authority.isBlank()) {
            out.text(row++, 0, authority, styles.subtitle);
        }
        row++;
        for (String[] block : blocks(checklist)) {
            out.text(row++, 0, block[0], styles.textBold);
            out.text(row, 0, block[1], styles.text);
            out.fitMergedHeight(row++, block[1], WIDTH);
            row++;
        }
        out.text(row, 0, "Source: " + checklist.info().source().citation() + ".", styles.subtitle);
        out.printLandscapeFitToWidth(-1);
    }

    private static List<String[]> blocks(Checklist checklist) {
        List<String[]> blocks = new ArrayList<>();
        blocks.add(new String[] {
            "What this is for",
            "Organised crime groups try to win council contracts and to use council services to launder money. "
                    + "This checklist is a quick self-assessment for the chief executive and senior managers, done "
                    + "with heads of department, of how exposed the council is and how well it is protected. The "
                    + "result is an improvement plan for the weak areas and a list of good practice worth sharing "
                    + "across the council and with neighbouring councils."
        });
        blocks.add(new String[] {
            "How to fill it in",
            "On the Checklist sheet, answer each question in its row. Describe what is in place or what action "
                    + "is being taken under 'Response / Action taken'. Choose an Assessment from the dropdown. For "
                    + "anything that is not Good, name an Owner and a Target date. Under 'Evidence / reference', "
                    + "name the document, register or report that supports the answer, so internal audit can "
                    + "check it. Leave a question blank if it has not been assessed yet: it is reported as "
                    + "unanswered, not scored as a failure."
        });
        blocks.add(new String[] {"How it is scored", scoring(checklist.scale()) + " " + AboutSheet.SCALE_ORIGIN});
        blocks.add(new String[] {
            "Keep the structure",
            "Type your answers in the pale yellow cells; leave the Ref, Section and Question columns as they"
                    + " are. You may filter, hide rows, widen columns, and sort whole rows: use the filter buttons"
                    + " in the header row, or select every column before sorting. Never sort a few columns on"
                    + " their own: answers would move onto other questions, and the workbook will be refused"
                    + " when it is scored, naming the rows (undo the sort to put it right). To move an answer to"
                    + " another question, type it there, or copy it and paste the value only. Do not delete rows"
                    + " or the hidden sheet: the toolkit reads your answers back by the hidden reference each row holds."
                    + " To score it, save and close it, then in a Command Prompt in the toolkit's folder run:"
                    + " bin\\soc-audit.cmd score --responses \"THIS FILE.xlsx\" --out scored.xlsx (or soc-audit score ..."
                    + " if its bin folder is on your PATH; the README's 'Running it on a council PC' says how)."
        });
        // The source's own words on why the checklist matters, after how to use it.
        checklist.guidance().threat().forEach(p -> blocks.add(new String[] {"The threat (from the source)", p}));
        checklist.guidance().purpose().forEach(p -> blocks.add(new String[] {"Purpose (from the source)", p}));
        return blocks;
    }

    /** The scale's points and thresholds in words. */
    static String scoring(Scale scale) {
        StringBuilder text = new StringBuilder("Each answer earns points: ");
        Assessment[] levels = Assessment.values();
        for (int i = 0; i < levels.length; i++) {
            text.append(scale.label(levels[i]))
                    .append(' ')
                    .append(scale.points(levels[i]))
                    .append(i < levels.length - 1 ? ", " : ". ");
        }
        text.append("A section's score is its points as a percentage of the most its answered questions could "
                + "earn, and the same goes for each group and the whole checklist. ");
        for (RatingThreshold threshold : scale.thresholds()) {
            if (threshold.minPercent().signum() > 0) {
                text.append(threshold.minPercent().toPlainString())
                        .append("% and above is rated ")
                        .append(scale.label(threshold.rating()))
                        .append("; ");
            }
        }
        text.append("anything lower is rated ")
                .append(scale.label(Assessment.NEEDS_IMPROVEMENT))
                .append('.');
        return text.toString();
    }
}
