package org.socaudit.workbook;

import static org.socaudit.workbook.ProgrammeLayout.*;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AuditAnswer;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.PolicyCheck;
import org.socaudit.model.Problem;
import org.socaudit.model.Scale;
import org.socaudit.model.ScopeDecision;

/**
 * Reads a completed audit programme back from its workbook, whichever program saved it. Rows are
 * matched by the ids in their hidden columns; every bad value is reported at its sheet and cell.
 */
public final class ProgrammeReader {

    private final AuditTemplate template;
    private final Scale scale;
    private List<Problem> warnings = List.of();

    /** A reader for programmes made from this template, reading ratings on this scale. */
    public ProgrammeReader(AuditTemplate template, Scale scale) {
        this.template = template;
        this.scale = scale;
    }

    /** Whether a workbook is an audit programme the toolkit wrote (any template), by its hidden ids sheet. */
    public static boolean isProgramme(InputStream in) {
        try (XSSFWorkbook workbook = WorkbookOpener.open("", in)) {
            Sheet ids = workbook.getSheet(IDS);
            return ids != null && IDS_MARKER.equals(CellValues.text(cell(ids, 0, 0)));
        } catch (InvalidInputException | IOException e) {
            return false;
        }
    }

    /**
     * What the last {@link #read} found doubtful but did not refuse, each at its cell: answers whose
     * order suggests a column was sorted on its own.
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /** Reads a programme workbook; {@code sourceName} is how problems name the file. */
    public AuditProgramme read(String sourceName, InputStream in) throws InvalidInputException {
        try (XSSFWorkbook workbook = WorkbookOpener.open(sourceName, in)) {
            CellProblems problems = new CellProblems(sourceName);
            AuditProgramme programme = new Reading(workbook, problems).read();
            warnings = problems.notes();
            return programme;
        } catch (CellValues.DamagedCellException e) {
            throw new InvalidInputException(e.problem(sourceName));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(sourceName, "cannot be read: " + e.getMessage()));
        }
    }

    /** One read of one workbook, collecting every problem before giving up. */
    private final class Reading {
        private final XSSFWorkbook workbook;
        private final CellProblems problems;

        Reading(XSSFWorkbook workbook, CellProblems problems) {
            this.workbook = workbook;
            this.problems = problems;
        }

        AuditProgramme read() throws InvalidInputException {
            Map<String, Map<String, String>> ids = ids();
            KeyedRows scope = KeyedRows.read(
                    workbook.getSheet(SCOPE),
                    new KeyedRows.Spec(SCOPE, SERVICE_ID, SERVICE, List.of(SERVICE_ID, SERVICE, IN_SCOPE, SCOPE_NOTES)),
                    ids.get(KIND_SERVICE),
                    problems);
            KeyedRows questions = KeyedRows.read(
                    workbook.getSheet(QUESTIONS),
                    new KeyedRows.Spec(
                            QUESTIONS,
                            QUESTION_ID,
                            REF,
                            List.of(
                                    QUESTION_ID,
                                    REF,
                                    LEAD,
                                    RESPONSE,
                                    FINDING,
                                    RATING,
                                    DEEP_DIVE_NEEDED,
                                    DEEP_DIVE_OUTCOME,
                                    RECOMMENDATION,
                                    OWNER,
                                    DUE_DATE)),
                    ids.get(KIND_QUESTION),
                    problems);
            KeyedRows policies = KeyedRows.read(
                    workbook.getSheet(POLICIES),
                    new KeyedRows.Spec(
                            POLICIES,
                            POLICY_ID,
                            POLICY,
                            List.of(POLICY_ID, POLICY, IN_PLACE, OWNER, LAST_REVIEWED, FOLLOWED, NOTES)),
                    ids.get(KIND_POLICY),
                    problems);
            problems.throwIfAny();
            List<ScopeDecision> decisions = scope(scope);
            List<AuditAnswer> answers = answers(questions);
            List<PolicyCheck> checks = policies(policies);
            Sheet process = workbook.getSheet(PROCESS);
            String authority = process == null
                    ? null
                    : labelled(process, COUNCIL_LABEL).map(CellValues::text).orElse(null);
            LocalDate preparedOn = process == null
                    ? null
                    : labelled(process, PREPARED_LABEL)
                            .map(cell -> TypedCells.date(PROCESS, cell, problems))
                            .orElse(null);
            problems.throwIfAny();
            return new AuditProgramme(
                    template.info().id(), template.info().version(), authority, preparedOn, decisions, answers, checks);
        }

        /** The ids sheet's lists by kind, after checking it belongs to this template and is unedited. */
        private Map<String, Map<String, String>> ids() throws InvalidInputException {
            Sheet sheet = workbook.getSheet(IDS);
            if (sheet == null || !IDS_MARKER.equals(CellValues.text(cell(sheet, 0, 0)))) {
                throw problems.fatal("is not an audit programme made by 'soc-audit audit-plan': its hidden '" + IDS
                        + "' sheet is missing or changed");
            }
            String id = CellValues.text(cell(sheet, IDS_ROW_TEMPLATE, 1));
            String version = CellValues.text(cell(sheet, IDS_ROW_VERSION, 1));
            if (!template.info().id().equals(id) || !template.info().version().equals(version)) {
                throw problems.fatal("is a programme for audit template " + id + " version " + version + ", not "
                        + template.info().id() + " version " + template.info().version()
                        + "; report it with the template it was made from (--template FILE)");
            }
            Map<String, Map<String, String>> byKind = new LinkedHashMap<>();
            List.of(KIND_SERVICE, KIND_QUESTION, KIND_POLICY).forEach(k -> byKind.put(k, new LinkedHashMap<>()));
            for (int r = IDS_FIRST_ITEM_ROW; r <= sheet.getLastRowNum(); r++) {
                Map<String, String> kind = byKind.get(CellValues.text(cell(sheet, r, 0)));
                String itemId = CellValues.text(cell(sheet, r, 1));
                if (kind != null && itemId != null) {
                    kind.put(itemId, CellValues.text(cell(sheet, r, 2)));
                }
            }
            if (!byKind.get(KIND_QUESTION).keySet().equals(templateQuestionIds())
                    || byKind.get(KIND_POLICY).size() != template.policies().size()
                    || byKind.get(KIND_SERVICE).size()
                            != template.scope().services().size()) {
                throw problems.fatal("the hidden '" + IDS + "' sheet does not list the services, questions and policies"
                        + " of audit template " + id + " version " + version
                        + "; it has been edited, so the programme cannot be matched safely");
            }
            return byKind;
        }

        private Set<String> templateQuestionIds() {
            return template.questions().stream().map(q -> q.id()).collect(Collectors.toSet());
        }

        private List<ScopeDecision> scope(KeyedRows rows) {
            TypedCells cells = new TypedCells(SCOPE, rows, problems);
            List<ScopeDecision> decisions = new ArrayList<>();
            rows.rows()
                    .forEach((id, r) ->
                            decisions.add(new ScopeDecision(id, cells.yesNo(r, IN_SCOPE), cells.text(r, SCOPE_NOTES))));
            return decisions;
        }

        private List<AuditAnswer> answers(KeyedRows rows) {
            TypedCells cells = new TypedCells(QUESTIONS, rows, problems);
            List<AuditAnswer> answers = new ArrayList<>();
            rows.rows()
                    .forEach((id, r) -> answers.add(new AuditAnswer(
                            id,
                            cells.text(r, LEAD),
                            cells.text(r, RESPONSE),
                            cells.text(r, FINDING),
                            cells.rating(r, RATING, scale),
                            cells.yesNo(r, DEEP_DIVE_NEEDED),
                            cells.text(r, DEEP_DIVE_OUTCOME),
                            cells.text(r, RECOMMENDATION),
                            cells.text(r, OWNER),
                            cells.date(r, DUE_DATE))));
            return answers;
        }

        private List<PolicyCheck> policies(KeyedRows rows) {
            TypedCells cells = new TypedCells(POLICIES, rows, problems);
            List<PolicyCheck> checks = new ArrayList<>();
            rows.rows()
                    .forEach((id, r) -> checks.add(new PolicyCheck(
                            id,
                            cells.yesNo(r, IN_PLACE),
                            cells.text(r, OWNER),
                            cells.date(r, LAST_REVIEWED),
                            cells.practice(r, FOLLOWED),
                            cells.text(r, NOTES))));
            return checks;
        }

        /** The cell after a label in the first rows of a sheet, where the council and date are typed. */
        private Optional<Cell> labelled(Sheet sheet, String label) {
            for (int r = 0; r < 3; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell c : row) {
                    if (label.equalsIgnoreCase(CellValues.text(c))) {
                        return Optional.ofNullable(row.getCell(c.getColumnIndex() + 1));
                    }
                }
            }
            return Optional.empty();
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }
}
