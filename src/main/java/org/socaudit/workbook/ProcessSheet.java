package org.socaudit.workbook;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditStep;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.OverarchingQuestion;

/**
 * The first sheet of the audit programme: the council and date (which the auditor may fill in), the
 * four steps of the method, the overarching questions and how to use the workbook.
 */
final class ProcessSheet {

    private static final int[] WIDTHS = {16, 30, 18, 60};
    private static final int TEXT_WIDTH = 108;

    private final Styles styles;

    ProcessSheet(Styles styles) {
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook, AuditTemplate template, AuditProgramme programme) {
        XSSFSheet sheet = workbook.createSheet(ProgrammeLayout.PROCESS);
        SheetWriter out = new SheetWriter(sheet, WIDTHS);
        sheet.setDisplayGridlines(false);
        out.banner(0, 0, 3, template.info().title(), styles.title);
        out.row(0).setHeightInPoints(24);
        out.text(1, 0, ProgrammeLayout.COUNCIL_LABEL, styles.textBold);
        out.text(1, 1, programme.authority(), styles.input);
        out.text(1, 2, ProgrammeLayout.PREPARED_LABEL, styles.textBold);
        out.date(1, 3, programme.preparedOn(), styles.inputDate);
        // A long council name wraps in its cell rather than being cut off.
        out.fitHeight(1);
        int row = 3;
        row = heading(out, row, "Before you start (the pilots' recommendations, report section 3.2)");
        for (String[] first : FIRST_ACTIONS) {
            out.text(row, 0, first[0], styles.textBold);
            row = paragraph(out, row, first[1]);
        }
        row = heading(out, row + 1, "Why this audit");
        for (String text : template.guidance().threat()) {
            out.text(row, 0, "The threat", styles.textBold);
            row = paragraph(out, row, text);
        }
        for (String text : template.guidance().purpose()) {
            out.text(row, 0, "Purpose", styles.textBold);
            row = paragraph(out, row, text);
        }
        for (String text : template.guidance().howToUse()) {
            out.text(row, 0, "How to use it", styles.textBold);
            row = paragraph(out, row, text);
        }
        out.text(row, 0, "In this workbook", styles.textBold);
        row = paragraph(out, row, annexNote(template));
        row = heading(out, row + 1, "The audit process");
        for (AuditStep step : template.steps()) {
            out.text(row, 0, "Step " + step.number(), styles.textBold);
            row = paragraph(out, row, step.title() + ": " + String.join(" ", step.paragraphs()));
        }
        row = heading(out, row + 1, "Annex 1: potential areas for audit (the " + ProgrammeLayout.SCOPE + " sheet)");
        if (!template.scope().heading().isEmpty()) {
            out.text(row, 0, "Source heading", styles.textBold);
            row = paragraph(out, row, template.scope().heading());
        }
        for (String text : template.scope().introduction()) {
            out.text(row, 0, "From the source", styles.textBold);
            row = paragraph(out, row, text);
        }
        for (String text : template.scope().atRiskBasis()) {
            out.text(row, 0, "At risk", styles.textBold);
            row = paragraph(out, row, text);
        }
        row = heading(out, row + 1, "Overarching questions");
        int n = 1;
        for (OverarchingQuestion question : template.overarchingQuestions()) {
            out.text(row, 0, Integer.toString(n++), styles.textBold);
            row = paragraph(out, row, question.text());
        }
        row = heading(out, row + 1, "Using this workbook");
        for (String[] use : uses()) {
            out.text(row, 0, use[0], styles.textBold);
            row = paragraph(out, row, use[1]);
        }
        out.text(row + 1, 0, "Source: " + template.info().source().citation() + ".", styles.subtitle);
        out.printLandscapeFitToWidth(-1);
        TableSheet.protect(sheet);
    }

    /**
     * Which sheet each annex the source's text refers to is, and how the workbook marks what the
     * original showed in bold. The annexes are named by the headings the template gives them, which
     * are the source's, or by a short name of the toolkit's when it gives none.
     */
    static String annexNote(AuditTemplate template) {
        return "The toolkit's note: Annex 1 (" + annexName(template.scope().heading(), "potential areas for audit")
                + ") is the " + ProgrammeLayout.SCOPE + " sheet, where the services potentially at greater risk,"
                + " shown in bold in the original, are marked Yes under 'At risk' (the toolkit's judgement, as the"
                + " bold was lost in the copy transcribed); Annex 2 ("
                + annexName(template.keyPolicies().heading(), "key plans, policies and procedures") + ") is the "
                + ProgrammeLayout.POLICIES + " sheet."
                + (template.scope().heading().isEmpty()
                                && template.keyPolicies().heading().isEmpty()
                        ? ""
                        : " The annex headings at the top of those sheets are the source's, word for word.");
    }

    private static String annexName(String heading, String shortName) {
        return heading.isEmpty() ? shortName : "headed '" + heading + "' in the source";
    }

    /**
     * What section 3.2 of the pilots' report recommends doing first, in the toolkit's words (the report
     * gives them as findings of Hartlepool's pilot, not as steps).
     */
    static final String[][] FIRST_ACTIONS = {
        {
            "Share",
            "Share the audit and its key findings with the senior management team and with those responsible for"
                    + " procurement, finance, fraud and investigation, internal audit and licensing."
        },
        {
            "Plan",
            "Put the Serious and Organised Crime Audit in internal audit's work programme, with the audit"
                    + " committee's support."
        },
        {
            "Police contact",
            "Start a dialogue with the police about serious and organised crime and the risk of infiltration"
                    + " locally, and appoint a council single point of contact (SPOC) for the police, so possible"
                    + " links to council services are easier to spot."
        },
        {
            "Partnership",
            "Take part in the local serious and organised crime multi-agency partnership, and report to the"
                    + " committee that its chair sits on."
        },
        {
            "Tenders",
            "Use the non-involvement statement when procuring contracts in the sectors at risk (the screening"
                    + " workbook's Statements sheet)."
        }
    };

    private int heading(SheetWriter out, int row, String text) {
        out.banner(row, 0, 3, text, styles.sectionRow);
        return row + 1;
    }

    /** Text merged across the three columns after the label, its row made tall enough. */
    private int paragraph(SheetWriter out, int row, String text) {
        out.banner(row, 1, 3, text, styles.text);
        out.fitMergedHeight(row, text, TEXT_WIDTH);
        return row + 1;
    }

    private static String[][] uses() {
        return new String[][] {
            {
                ProgrammeLayout.SCOPE,
                "Step 1. Agree with the police and heads of service which services to audit, and mark them Yes under"
                        + " 'In scope'. Where spending files were given, each service shows its spend and how much"
                        + " of it went to suppliers in high-risk sectors; those services are proposed."
            },
            {
                ProgrammeLayout.QUESTIONS,
                "Step 2. Put the questions to each area's leads. Record who you interviewed, what they said, your"
                        + " finding and a Rating (Good, Acceptable or Needs improvement). Say whether a deep dive is"
                        + " needed and what it found, and give each recommendation an owner and a due date."
            },
            {
                ProgrammeLayout.POLICIES,
                "Step 3. For each key plan or policy, record whether it is in place (Y or N), its owner, when it was"
                        + " last reviewed and whether it is followed in practice."
            },
            {
                "Report",
                "Step 4. Fill in the columns from 'Lead interviewed' onwards; leave the question columns as they are."
                        + " Filter and hide rows freely. To sort, sort whole rows (use the filter buttons in the"
                        + " header row, or select every column first), never a few columns: the report refuses a"
                        + " programme whose answers a sort has moved onto other questions, naming the rows."
                        + " Do not delete rows or the hidden sheet. Then save and close it, and in a Command Prompt in"
                        + " the toolkit's folder run: bin\\soc-audit.cmd audit-report --programme \"THIS FILE.xlsx\""
                        + " --checklist-responses \"CHECKLIST.xlsx\" --out report.xlsx (or soc-audit audit-report ... if"
                        + " its bin folder is on your PATH; the README's 'Running it on a council PC' says how)."
            }
        };
    }
}
