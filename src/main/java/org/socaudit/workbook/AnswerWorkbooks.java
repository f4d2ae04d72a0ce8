package org.socaudit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    /**
     * The answers in a workbook people fill in: what it is, and each answer by sheet, row id and
     * header. {@code complete} is false when the file is one but its answers cannot all be read
     * (too big, damaged, a table renamed): it must be treated as holding answers.
     */
    public record Answers(String kind, Map<String, String> cells, boolean complete) {

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
        Optional<String> kind = kindFromItsSheetList(file);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = WorkbookOpener.open(file.toString(), in)) {
            Sheet ids = workbook.getSheet(ChecklistLayout.IDS_SHEET);
            String marker = ids == null ? null : CellValues.text(cell(ids, 0, 0));
            List<Table> tables = ChecklistLayout.IDS_MARKER.equals(marker)
                    ? CHECKLIST
                    : ProgrammeLayout.IDS_MARKER.equals(marker) ? PROGRAMME : null;
            if (tables == null) {
                return Optional.of(new Answers(kind.get(), Map.of(), false));
            }
            Map<String, String> cells = new TreeMap<>();
            boolean complete = cells(workbook, tables, cells);
            return Optional.of(new Answers(kind.get(), cells, complete));
        } catch (IOException | InvalidInputException | RuntimeException e) {
            return Optional.of(new Answers(kind.get(), Map.of(), false));
        }
    }

    /**
     * Whether a file's list of sheets (read from its small xl/workbook.xml part, whatever the
     * file's size) is that of a workbook people fill in: a hidden "ids" sheet and no About sheet.
     */
    private static Optional<String> kindFromItsSheetList(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("xl/workbook.xml");
            if (entry == null || entry.getSize() > 1024 * 1024) {
                return Optional.empty();
            }
            String xml;
            try (InputStream in = zip.getInputStream(entry)) {
                xml = new String(in.readNBytes(1024 * 1024), StandardCharsets.UTF_8);
            }
            List<String> names = new ArrayList<>();
            Matcher sheet = SHEET_NAME.matcher(xml);
            while (sheet.find()) {
                names.add(sheet.group(1));
            }
            if (!names.contains(ChecklistLayout.IDS_SHEET) || names.contains(AboutSheet.NAME)) {
                return Optional.empty();
            }
            return Optional.of(
                    names.contains(ProgrammeLayout.QUESTIONS) || names.contains(ProgrammeLayout.SCOPE)
                            ? "an audit programme"
                            : "a filled-in checklist");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final Pattern SHEET_NAME = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"");

    /** Adds every answer in the tables to {@code cells}; false when a table could not be found. */
    private static boolean cells(XSSFWorkbook workbook, List<Table> tables, Map<String, String> cells) {
        boolean complete = true;
        for (Table table : tables) {
            Sheet sheet = workbook.getSheet(table.sheet());
            Map<String, Integer> columns = sheet == null ? null : headers(sheet, table.idHeader());
            if (columns == null) {
                complete = false;
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
        return complete;
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
