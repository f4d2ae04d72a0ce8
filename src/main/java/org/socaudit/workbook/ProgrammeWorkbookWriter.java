package org.socaudit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Assessment;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditPlan;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditQuestionRow;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.KeyPolicies;
import org.socaudit.model.KeyPolicy;
import org.socaudit.model.PolicyCheck;
import org.socaudit.model.PolicyPractice;
import org.socaudit.model.Scale;
import org.socaudit.model.ScopeProposal;

/**
 * Writes the fillable internal audit programme: Process, Scope, Audit Questions, Key Policies and the
 * hidden ids sheet. Each table row carries its id in a hidden last column, so the programme reads
 * back exactly after sorting, filtering or hiding rows.
 */
public final class ProgrammeWorkbookWriter {

    private final Scale scale;
    private final Map<String, String> sectorNames;

    /** A writer whose Rating dropdown offers the labels of this scale. */
    public ProgrammeWorkbookWriter(Scale scale) {
        this(scale, Map.of());
    }

    /** A writer that also shows sectors by name (sector id to name) on the Scope sheet. */
    public ProgrammeWorkbookWriter(Scale scale, Map<String, String> sectorNames) {
        this.scale = scale;
        this.sectorNames = Map.copyOf(sectorNames);
    }

    /**
     * Writes the programme for a plan, with anything already recorded in {@code programme} filled in
     * (a blank programme for a new plan). Services the plan proposes and the programme has not
     * decided are marked in scope.
     */
    public void write(AuditPlan plan, AuditProgramme programme, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            AuditTemplate template = plan.template();
            new ProcessSheet(styles).write(workbook, template, programme);
            new ScopeSheet(styles, scale, sectorNames).write(workbook, plan, programme);
            writeQuestions(workbook, styles, template, programme);
            writePolicies(workbook, styles, template, programme);
            writeIds(workbook, styles, plan);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private void writeQuestions(
            XSSFWorkbook workbook, Styles styles, AuditTemplate template, AuditProgramme programme) {
        Map<String, AuditAnswer> answers = byId(programme.answers(), AuditAnswer::questionId);
        List<QuestionLine> lines = template.rows().stream()
                .map(r -> new QuestionLine(r, answers.get(r.question().id())))
                .toList();
        List<Column<QuestionLine>> columns = List.of(
                Column.text(ProgrammeLayout.AREA, 16, l -> l.row().area().heading()),
                Column.text(ProgrammeLayout.TOPIC, 18, l -> l.row().topic().title()),
                Column.of(ProgrammeLayout.REF, 6, Column.Kind.BOLD, l -> l.row().ref()),
                Column.text(ProgrammeLayout.QUESTION, 56, l -> questionText(l.row())),
                input(ProgrammeLayout.LEAD, 18, AuditAnswer::lead),
                input(ProgrammeLayout.RESPONSE, 36, AuditAnswer::response),
                input(ProgrammeLayout.FINDING, 36, AuditAnswer::finding),
                input(ProgrammeLayout.RATING, 18, a -> a.rating() == null ? null : scale.label(a.rating())),
                input(ProgrammeLayout.DEEP_DIVE_NEEDED, 10, a -> yesNo(a.deepDiveNeeded(), "Yes", "No")),
                input(ProgrammeLayout.DEEP_DIVE_OUTCOME, 30, AuditAnswer::deepDiveOutcome),
                input(ProgrammeLayout.RECOMMENDATION, 36, AuditAnswer::recommendation),
                input(ProgrammeLayout.OWNER, 16, AuditAnswer::owner),
                Column.of(
                        ProgrammeLayout.DUE_DATE,
                        12,
                        Column.Kind.INPUT_DATE,
                        l -> l.answer() == null ? null : l.answer().dueDate()));
        List<Column<QuestionLine>> all = TableSheet.answerColumns(
                columns, ProgrammeLayout.QUESTION_ID, l -> l.row().question().id());
        Sheet sheet = new TableSheet<>(styles, scale, all)
                .write(
                        workbook,
                        ProgrammeLayout.QUESTIONS,
                        "Step 2: put the questions to each area's leads; Step 3: note any deep dive and what it found.",
                        lines,
                        "");
        String[] ratings = Arrays.stream(Assessment.values()).map(scale::label).toArray(String[]::new);
        TableSheet.dropdown(sheet, all, ProgrammeLayout.RATING, lines.size(), ratings);
        TableSheet.dropdown(sheet, all, ProgrammeLayout.DEEP_DIVE_NEEDED, lines.size(), ProgrammeLayout.YES_NO);
    }

    private static String questionText(AuditQuestionRow row) {
        StringBuilder text = new StringBuilder(row.question().text());
        row.question().subQuestions().forEach(sub -> text.append("\n- ").append(sub));
        row.question().notes().forEach(note -> text.append("\n(").append(note).append(')'));
        return text.toString();
    }

    private static Column<QuestionLine> input(String header, int width, Function<AuditAnswer, Object> value) {
        return Column.of(header, width, Column.Kind.INPUT, l -> l.answer() == null ? null : value.apply(l.answer()));
    }

    private void writePolicies(XSSFWorkbook workbook, Styles styles, AuditTemplate template, AuditProgramme programme) {
        Map<String, PolicyCheck> checks = byId(programme.policies(), PolicyCheck::policyId);
        List<PolicyLine> lines = template.policies().stream()
                .map(p -> new PolicyLine(p, checks.get(p.id())))
                .toList();
        List<Column<PolicyLine>> columns = List.of(
                Column.of(ProgrammeLayout.POLICY, 44, Column.Kind.BOLD, l -> l.policy()
                        .title()),
                policyInput(ProgrammeLayout.IN_PLACE, 9, Column.Kind.INPUT, c -> yesNo(c.inPlace(), "Y", "N")),
                policyInput(ProgrammeLayout.OWNER, 20, Column.Kind.INPUT, PolicyCheck::owner),
                policyInput(ProgrammeLayout.LAST_REVIEWED, 13, Column.Kind.INPUT_DATE, PolicyCheck::lastReviewed),
                policyInput(
                        ProgrammeLayout.FOLLOWED,
                        12,
                        Column.Kind.INPUT,
                        c -> c.followed() == null ? null : c.followed().label()),
                policyInput(ProgrammeLayout.NOTES, 44, Column.Kind.INPUT, PolicyCheck::notes));
        List<Column<PolicyLine>> all = TableSheet.answerColumns(
                columns, ProgrammeLayout.POLICY_ID, l -> l.policy().id());
        Sheet sheet = new TableSheet<>(styles, scale, all)
                .writeWithLeads(
                        workbook,
                        ProgrammeLayout.POLICIES,
                        "Step 3: deep dives. A policy not reviewed in the last two years is flagged in the report.",
                        policyLeads(template.keyPolicies()),
                        lines,
                        "");
        TableSheet.dropdown(sheet, all, ProgrammeLayout.IN_PLACE, lines.size(), ProgrammeLayout.Y_N);
        TableSheet.dropdown(
                sheet,
                all,
                ProgrammeLayout.FOLLOWED,
                lines.size(),
                Arrays.stream(PolicyPractice.values())
                        .map(PolicyPractice::label)
                        .toArray(String[]::new));
    }

    /** The source's heading of the policies (Annex 2 in the bundled template) and its introduction. */
    private static List<TableSheet.Lead> policyLeads(KeyPolicies policies) {
        List<TableSheet.Lead> leads = new ArrayList<>();
        if (!policies.heading().isEmpty()) {
            leads.add(new TableSheet.Lead(ProgrammeLayout.ANNEX_2_HEADING, policies.heading()));
        }
        policies.introduction().forEach(p -> leads.add(new TableSheet.Lead(ProgrammeLayout.FROM_THE_SOURCE, p)));
        return leads;
    }

    private static Column<PolicyLine> policyInput(
            String header, int width, Column.Kind kind, Function<PolicyCheck, Object> value) {
        return Column.of(header, width, kind, l -> l.check() == null ? null : value.apply(l.check()));
    }

    private void writeIds(XSSFWorkbook workbook, Styles styles, AuditPlan plan) {
        XSSFSheet sheet = workbook.createSheet(ProgrammeLayout.IDS);
        SheetWriter out = new SheetWriter(sheet, 12, 40, 12);
        AuditTemplate template = plan.template();
        out.text(0, 0, ProgrammeLayout.IDS_MARKER, styles.subtitle);
        out.text(0, 1, "Do not edit: the toolkit reads the programme back by these ids.", styles.subtitle);
        out.text(ProgrammeLayout.IDS_ROW_TEMPLATE, 0, "template id", styles.textBold);
        out.text(ProgrammeLayout.IDS_ROW_TEMPLATE, 1, template.info().id(), styles.text);
        out.text(ProgrammeLayout.IDS_ROW_VERSION, 0, "template version", styles.textBold);
        out.text(ProgrammeLayout.IDS_ROW_VERSION, 1, template.info().version(), styles.text);
        out.headers(ProgrammeLayout.IDS_FIRST_ITEM_ROW - 1, styles.header, "kind", "id", "ref");
        int row = ProgrammeLayout.IDS_FIRST_ITEM_ROW;
        for (ScopeProposal proposal : plan.scope()) {
            row = idRow(
                    out,
                    styles,
                    row,
                    ProgrammeLayout.KIND_SERVICE,
                    proposal.service().id(),
                    proposal.service().title());
        }
        for (AuditQuestionRow question : template.rows()) {
            row = idRow(
                    out,
                    styles,
                    row,
                    ProgrammeLayout.KIND_QUESTION,
                    question.question().id(),
                    question.ref());
        }
        for (KeyPolicy policy : template.policies()) {
            row = idRow(out, styles, row, ProgrammeLayout.KIND_POLICY, policy.id(), policy.title());
        }
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    private static int idRow(SheetWriter out, Styles styles, int row, String kind, String id, String ref) {
        out.text(row, 0, kind, styles.text);
        out.text(row, 1, id, styles.text);
        out.text(row, 2, ref, styles.text);
        return row + 1;
    }

    private static String yesNo(Boolean value, String yes, String no) {
        return value == null ? null : value ? yes : no;
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private record QuestionLine(AuditQuestionRow row, AuditAnswer answer) {}

    private record PolicyLine(KeyPolicy policy, PolicyCheck check) {}
}
