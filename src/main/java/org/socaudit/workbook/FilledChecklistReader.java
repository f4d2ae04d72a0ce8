package org.socaudit.workbook;

import static org.socaudit.workbook.ChecklistLayout.IDS_SHEET;
import static org.socaudit.workbook.ChecklistLayout.SHEET;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.socaudit.model.Response;
import org.socaudit.model.Scale;

/**
 * Reads answers back from a checklist workbook the toolkit made (filled in by hand, or scored).
 * Rows are matched by the question id each one carries, so sorted, filtered or hidden rows read
 * back exactly; every bad value is reported with its sheet and cell.
 */
public final class FilledChecklistReader {

    /**
     * Reads a workbook. With an expected checklist, a workbook of another checklist id or version
     * is refused and assessments are read on its scale; without one (an earlier year's workbook),
     * any version is accepted.
     */
    public FilledChecklist read(String sourceName, InputStream in, Checklist expected) throws InvalidInputException {
        try (XSSFWorkbook workbook = WorkbookOpener.open(sourceName, in)) {
            return new Reading(sourceName, workbook, expected).read();
        } catch (CellValues.DamagedCellException e) {
            throw new InvalidInputException(e.problem(sourceName));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(sourceName, "cannot be read: " + e.getMessage()));
        }
    }

    /** One read of one workbook, collecting every problem before giving up. */
    private static final class Reading {
        private final String sourceName;
        private final XSSFWorkbook workbook;
        private final Checklist expected;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, String> refs = new HashMap<>();
        private final List<Problem> warnings = new ArrayList<>();

        Reading(String sourceName, XSSFWorkbook workbook, Checklist expected) {
            this.sourceName = sourceName;
            this.workbook = workbook;
            this.expected = expected;
        }

        FilledChecklist read() throws InvalidInputException {
            Sheet ids = workbook.getSheet(IDS_SHEET);
            if (ids == null || !ChecklistLayout.IDS_MARKER.equals(CellValues.text(cell(ids, 0, 0)))) {
                throw new InvalidInputException(Problem.inFile(
                        sourceName,
                        "is not a checklist workbook made by 'soc-audit template': its hidden '" + IDS_SHEET
                                + "' sheet is missing or changed"));
            }
            String checklistId = CellValues.text(cell(ids, ChecklistLayout.IDS_ROW_CHECKLIST, 1));
            String version = CellValues.text(cell(ids, ChecklistLayout.IDS_ROW_VERSION, 1));
            checkChecklist(checklistId, version);
            List<String> questionIds = questionIds(ids);
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                throw new InvalidInputException(Problem.inFile(sourceName, "has no '" + SHEET + "' sheet"));
            }
            List<Response> responses = responses(sheet, questionIds);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            String authority = labelled(sheet, ChecklistLayout.COUNCIL_LABEL)
                    .map(CellValues::text)
                    .orElse(null);
            if (authority == null) {
                authority = CellValues.text(cell(ids, ChecklistLayout.IDS_ROW_AUTHORITY, 1));
            }
            LocalDate completedOn = completedOn(sheet);
            if (completedOn == null) {
                completedOn = parseDate(CellValues.text(cell(ids, ChecklistLayout.IDS_ROW_COMPLETED, 1)));
            }
            return new FilledChecklist(
                    new ChecklistResponses(
                            checklistId,
                            version,
                            authority == null ? "(authority not named)" : authority,
                            completedOn,
                            null,
                            responses),
                    questionIds,
                    warnings);
        }

        /** The cell after a label in the rows above the table, where the council and date are typed. */
        private java.util.Optional<Cell> labelled(Sheet sheet, String label) {
            for (int r = 0; r < ChecklistLayout.HEADER_ROW; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell cell : row) {
                    if (label.equalsIgnoreCase(CellValues.text(cell))) {
                        return java.util.Optional.ofNullable(row.getCell(cell.getColumnIndex() + 1));
                    }
                }
            }
            return java.util.Optional.empty();
        }

        private LocalDate completedOn(Sheet sheet) {
            java.util.Optional<Cell> cell = labelled(sheet, ChecklistLayout.COMPLETED_LABEL);
            if (cell.isEmpty()) {
                return null;
            }
            try {
                return CellValues.date(cell.get()).orElse(null);
            } catch (CellValues.NotADateException e) {
                problems.add(at(SHEET, cell.get().getRowIndex(), cell.get().getColumnIndex(), e.getMessage()));
                return null;
            }
        }

        private void checkChecklist(String checklistId, String version) throws InvalidInputException {
            if (checklistId == null || version == null) {
                throw new InvalidInputException(
                        at(IDS_SHEET, ChecklistLayout.IDS_ROW_CHECKLIST, 1, "the checklist id or version is missing"));
            }
            if (expected != null
                    && !(checklistId.equals(expected.info().id())
                            && version.equals(expected.info().version()))) {
                throw new InvalidInputException(at(
                        IDS_SHEET,
                        ChecklistLayout.IDS_ROW_CHECKLIST,
                        1,
                        "this workbook is for checklist " + checklistId + " version " + version + ", not "
                                + expected.info().id() + " version "
                                + expected.info().version()
                                + "; score it with the checklist it was made from (--checklist FILE)"));
            }
        }

        private List<String> questionIds(Sheet ids) throws InvalidInputException {
            List<String> questionIds = new ArrayList<>();
            for (int r = ChecklistLayout.IDS_FIRST_QUESTION_ROW; r <= ids.getLastRowNum(); r++) {
                String id = CellValues.text(cell(ids, r, 0));
                if (id != null) {
                    questionIds.add(id);
                    refs.put(id, CellValues.text(cell(ids, r, 1)));
                }
            }
            if (expected != null) {
                List<String> expectedIds =
                        expected.questions().stream().map(q -> q.id()).toList();
                if (!expectedIds.equals(questionIds)) {
                    throw new InvalidInputException(Problem.inFile(
                            sourceName,
                            "the hidden '" + IDS_SHEET + "' sheet does not list the questions of checklist "
                                    + expected.info().id() + " version "
                                    + expected.info().version()
                                    + "; it has been edited, so the answers cannot be matched safely"));
                }
            }
            if (questionIds.isEmpty()) {
                throw new InvalidInputException(
                        Problem.inFile(sourceName, "the hidden '" + IDS_SHEET + "' sheet lists no questions"));
            }
            return questionIds;
        }

        private List<Response> responses(Sheet sheet, List<String> questionIds) {
            Map<String, String> expectedRefs = new LinkedHashMap<>();
            questionIds.forEach(id -> expectedRefs.put(id, refs.get(id)));
            CellProblems found = new CellProblems(sourceName);
            KeyedRows rows = KeyedRows.read(
                    sheet,
                    new KeyedRows.Spec(
                            SHEET,
                            ChecklistLayout.QUESTION_ID,
                            ChecklistLayout.REF,
                            List.of(
                                    ChecklistLayout.QUESTION_ID,
                                    ChecklistLayout.REF,
                                    ChecklistLayout.RESPONSE,
                                    ChecklistLayout.ASSESSMENT,
                                    ChecklistLayout.OWNER,
                                    ChecklistLayout.TARGET_DATE,
                                    ChecklistLayout.EVIDENCE)),
                    expectedRefs,
                    found);
            warnings.addAll(found.notes());
            try {
                found.throwIfAny();
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
                return List.of();
            }
            Map<String, Response> byId = new HashMap<>();
            rows.rows().forEach((id, r) -> byId.put(id, response(rows, r, id)));
            return questionIds.stream().filter(byId::containsKey).map(byId::get).toList();
        }

        private Response response(KeyedRows rows, int r, String id) {
            Cell date = rows.cell(r, ChecklistLayout.TARGET_DATE);
            LocalDate targetDate = null;
            try {
                targetDate = CellValues.date(date).orElse(null);
            } catch (CellValues.NotADateException e) {
                problems.add(at(SHEET, r, date.getColumnIndex(), e.getMessage()));
            }
            return new Response(
                    id,
                    assessment(rows.cell(r, ChecklistLayout.ASSESSMENT), r, rows.column(ChecklistLayout.ASSESSMENT)),
                    CellValues.text(rows.cell(r, ChecklistLayout.RESPONSE)),
                    CellValues.text(rows.cell(r, ChecklistLayout.OWNER)),
                    targetDate,
                    CellValues.text(rows.cell(r, ChecklistLayout.EVIDENCE)));
        }

        private Assessment assessment(Cell cell, int r, int column) {
            String text = CellValues.text(cell);
            // A scored workbook shows an unanswered question as "Not assessed".
            if (text == null || normalise(text).equals(normalise(Percentages.NOT_ASSESSED))) {
                return null;
            }
            String wanted = normalise(text);
            for (Assessment level : Assessment.values()) {
                if (wanted.equals(normalise(label(level)))
                        || wanted.equals(normalise(level.id()))
                        || wanted.equals(normalise(level.label()))) {
                    return level;
                }
            }
            String choices = Arrays.stream(Assessment.values()).map(this::label).collect(Collectors.joining(", "));
            problems.add(at(SHEET, r, column, "'" + text + "' is not one of " + choices));
            return null;
        }

        private String label(Assessment level) {
            Scale scale = expected == null ? null : expected.scale();
            return scale == null ? level.label() : scale.label(level);
        }

        private static String normalise(String text) {
            return text.toLowerCase(Locale.ROOT)
                    .replace('-', ' ')
                    .replaceAll("\\s+", " ")
                    .strip();
        }

        private LocalDate parseDate(String text) {
            try {
                return text == null ? null : LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        private Problem at(String sheetName, int row, int column, String message) {
            return Problem.inCell(sourceName, sheetName, new CellReference(row, column).formatAsString(false), message);
        }

        private static Cell cell(Sheet sheet, int row, int column) {
            Row r = sheet.getRow(row);
            return r == null ? null : r.getCell(column);
        }
    }
}
