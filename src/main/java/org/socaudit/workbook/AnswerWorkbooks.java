package org.socaudit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.InvalidInputException;

/**
 * Tells whether a file is a workbook people fill in (a checklist from 'template', a programme from
 * 'audit-plan') that holds their answers, and what those answers are, so that no command writes
 * over a person's work by mistake. Outputs such as scored workbooks and reports (which carry an
 * About sheet) are not workbooks people fill in, and writing over them loses nothing.
 */
public final class AnswerWorkbooks {

    /** The answers in a workbook people fill in: what it is, and each answer by sheet, row id and header. */
    public record Answers(String kind, Map<String, String> cells) {

        /** How many answers there are; the programme's In scope choices, which it is written with, do not count. */
        public long count() {
            return cells.entrySet().stream()
                    .filter(e -> !e.getKey().endsWith("|" + ProgrammeLayout.IN_SCOPE))
                    .filter(e -> !e.getValue().isBlank())
                    .count();
        }
    }

    /** A table of answers: its sheet, the header of its id column and the headers people fill in. */
    private record Table(String sheet, String idHeader, List<String> answers) {}

    private static final List<Table> CHECKLIST = List.of(new Table(
            ChecklistLayout.SHEET,
            ChecklistLayout.QUESTION_ID,
            List.of(
                    ChecklistLayout.RESPONSE,
                    ChecklistLayout.ASSESSMENT,
                    ChecklistLayout.OWNER,
                    ChecklistLayout.TARGET_DATE,
                    ChecklistLayout.EVIDENCE)));

    private static final List<Table> PROGRAMME = List.of(
            new Table(
                    ProgrammeLayout.SCOPE,
                    ProgrammeLayout.SERVICE_ID,
                    List.of(ProgrammeLayout.IN_SCOPE, ProgrammeLayout.SCOPE_NOTES)),
            new Table(
                    ProgrammeLayout.QUESTIONS,
                    ProgrammeLayout.QUESTION_ID,
                    List.of(
                            ProgrammeLayout.LEAD,
                            ProgrammeLayout.RESPONSE,
                            ProgrammeLayout.FINDING,
                            ProgrammeLayout.RATING,
                            ProgrammeLayout.DEEP_DIVE_NEEDED,
                            ProgrammeLayout.DEEP_DIVE_OUTCOME,
                            ProgrammeLayout.RECOMMENDATION,
                            ProgrammeLayout.OWNER,
                            ProgrammeLayout.DUE_DATE)),
            new Table(
                    ProgrammeLayout.POLICIES,
                    ProgrammeLayout.POLICY_ID,
                    List.of(
                            ProgrammeLayout.IN_PLACE,
                            ProgrammeLayout.OWNER,
                            ProgrammeLayout.LAST_REVIEWED,
                            ProgrammeLayout.FOLLOWED,
                            ProgrammeLayout.NOTES)));

    private AnswerWorkbooks() {}

    /**
     * The answers in a file, when it is a workbook people fill in; empty for anything else (no such
     * file, another kind of file, an output of the toolkit, or a workbook too damaged to read).
     */
    public static Optional<Answers> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = WorkbookOpener.open(file.toString(), in)) {
            if (workbook.getSheet(AboutSheet.NAME) != null) {
                return Optional.empty();
            }
            Sheet ids = workbook.getSheet(ChecklistLayout.IDS_SHEET);
            String marker = ids == null ? null : CellValues.text(cell(ids, 0, 0));
            if (ChecklistLayout.IDS_MARKER.equals(marker)) {
                return Optional.of(new Answers("a filled-in checklist", cells(workbook, CHECKLIST)));
            }
            if (ProgrammeLayout.IDS_MARKER.equals(marker)) {
                return Optional.of(new Answers("an audit programme", cells(workbook, PROGRAMME)));
            }
            return Optional.empty();
        } catch (IOException | InvalidInputException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> cells(XSSFWorkbook workbook, List<Table> tables) {
        Map<String, String> cells = new TreeMap<>();
        for (Table table : tables) {
            Sheet sheet = workbook.getSheet(table.sheet());
            Map<String, Integer> columns = sheet == null ? null : headers(sheet, table.idHeader());
            if (columns == null) {
                continue;
            }
            int idColumn = columns.get(table.idHeader().toLowerCase(Locale.ROOT));
            for (Row row : sheet) {
                String id = CellValues.text(row.getCell(idColumn));
                if (id == null || row.getRowNum() <= columns.get("")) {
                    continue;
                }
                for (String header : table.answers()) {
                    Integer column = columns.get(header.toLowerCase(Locale.ROOT));
                    String value = column == null ? null : CellValues.text(row.getCell(column));
                    if (value != null) {
                        cells.put(table.sheet() + "|" + id + "|" + header, value);
                    }
                }
            }
        }
        return cells;
    }

    /** Header text (lower case) to column, and the header row under "", or null without the id header. */
    private static Map<String, Integer> headers(Sheet sheet, String idHeader) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 20); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Integer> found = new TreeMap<>();
            for (Cell cell : row) {
                String text = CellValues.text(cell);
                if (text != null) {
                    found.putIfAbsent(text.toLowerCase(Locale.ROOT), cell.getColumnIndex());
                }
            }
            if (found.containsKey(idHeader.toLowerCase(Locale.ROOT))) {
                found.put("", r);
                return found;
            }
        }
        return null;
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        return r == null ? null : r.getCell(column);
    }
}
