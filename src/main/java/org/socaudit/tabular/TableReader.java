package org.socaudit.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Reads any table: holds its first rows until the header and columns are known, then hands each
 * data row to a mapper, setting aside blank, filler and totals rows, and counts what became of
 * every row.
 */
final class TableReader {

    /** The most text held while the header is sought: real first rows are a small part of this. */
    static final long MAX_HELD_CHARS = 4L << 20;

    private final Set<Role> required;
    private final Set<Role> used;
    private final Map<Role, String> overrides;

    TableReader(Set<Role> required, Set<Role> used, Map<Role, String> overrides) {
        this.required = required;
        this.used = used;
        this.overrides = Map.copyOf(overrides);
    }

    ReadSummary read(Path file, RowMapper mapper, Consumer<InputIssue> issues) throws InvalidInputException {
        HeaderSearch sheetSearch = new HeaderSearch(file.toString(), required, used, overrides);
        TableSource source = TableSource.forFile(file, rows -> refusal(sheetSearch, rows));
        Pass pass = new Pass(file.toString(), mapper, issues);
        source.rows(pass::row);
        return pass.finish(source.note());
    }

    /** Why the header search finds no table in these first rows of a sheet; null when it finds one. */
    private static String refusal(HeaderSearch search, List<HeaderSearch.Row> rows) {
        try {
            search.find(rows);
            return null;
        } catch (InvalidInputException e) {
            return e.problems().get(0).message();
        }
    }

    /** The state of one read of one file. */
    private final class Pass {
        private final String file;
        private final RowMapper mapper;
        private final Consumer<InputIssue> issues;
        private final HeaderSearch search;
        private final DateParser dates = new DateParser();
        private List<HeaderSearch.Row> held = new ArrayList<>();
        private long heldChars;
        private ColumnLayout layout;
        private long headerRow;
        private int width;
        private int nameColumn;
        private int amountColumn;
        private long rows;
        private long accepted;
        private long partial;
        private long redacted;
        private long blank;
        private long totals;
        private long skipped;
        private long repaired;
        private long issueCount;
        private long leadingBlank;

        Pass(String file, RowMapper mapper, Consumer<InputIssue> issues) {
            this.file = file;
            this.mapper = mapper;
            this.issues = issue -> {
                issueCount++;
                issues.accept(issue);
            };
            this.search = new HeaderSearch(file, required, used, overrides);
        }

        void row(long number, List<String> cells) throws InvalidInputException {
            if (layout != null) {
                data(number, cells);
                return;
            }
            if (held.isEmpty() && SpecialRows.isFiller(cells)) {
                // Blank rows above the table are passed over as they come, however many there are.
                leadingBlank++;
                return;
            }
            held.add(new HeaderSearch.Row(number, new ArrayList<>(cells)));
            for (int i = 0; i < cells.size(); i++) {
                heldChars += cells.get(i) == null ? 0 : cells.get(i).length();
            }
            if (held.size() >= HeaderSearch.ROWS + HeaderSearch.SAMPLE || heldChars > MAX_HELD_CHARS) {
                settle();
            }
        }

        /** Finds the header among the rows held, then reads the rows held under it. */
        private void settle() throws InvalidInputException {
            HeaderSearch.Found found = search.find(held);
            layout = found.layout();
            HeaderSearch.Row header = held.get(found.index());
            headerRow = header.number();
            width = header.cells().size();
            nameColumn = layout.column(Role.SUPPLIER_NAME);
            amountColumn = layout.column(Role.AMOUNT);
            for (String duplicate : layout.duplicates()) {
                issues.accept(new InputIssue(
                        file,
                        headerRow,
                        duplicate,
                        "the header appears more than once; the first such column is read"));
            }
            List<HeaderSearch.Row> under = held.subList(found.index() + 1, held.size());
            held = null;
            for (HeaderSearch.Row row : under) {
                data(row.number(), row.cells());
            }
        }

        private void data(long number, List<String> cells) throws InvalidInputException {
            rows++;
            if (SpecialRows.isFiller(cells)) {
                blank++;
                return;
            }
            List<String> row = cells;
            if (cells.size() < width) {
                List<String> split =
                        SpecialRows.splitRunTogether(cells, width, layout.column(Role.DATE), amountColumn, dates);
                if (split != null) {
                    repaired++;
                    row = split;
                }
            }
            switch (SpecialRows.kind(row, nameColumn, amountColumn)) {
                case TOTAL -> {
                    totals++;
                    return;
                }
                case NOTE -> {
                    blank++;
                    return;
                }
                case PAYMENT -> {
                    // Read below.
                }
            }
            switch (mapper.map(new DataRow(file, number, row, layout, issues))) {
                case ACCEPTED -> accepted++;
                case PARTIAL -> {
                    accepted++;
                    partial++;
                }
                case REDACTED -> redacted++;
                case SKIPPED -> skipped++;
            }
        }

        ReadSummary finish(String sourceNote) throws InvalidInputException {
            if (layout == null) {
                if (held.isEmpty() && leadingBlank > 0) {
                    throw new InvalidInputException(Problem.inFile(
                            file, "the file has no rows with anything in them, only " + leadingBlank + " blank ones"));
                }
                settle();
            }
            List<String> notes = new ArrayList<>(layout.notes());
            if (sourceNote != null) {
                notes.add(0, sourceNote);
            }
            Map<Role, String> columns = new LinkedHashMap<>();
            for (Role role : used) {
                columns.put(role, layout.header(role));
            }
            return new ReadSummary(
                    headerRow,
                    columns,
                    layout.moreCategoryHeaders(),
                    layout.overridden(),
                    notes,
                    new ReadSummary.Lines(
                            rows, accepted, partial, redacted, blank, totals, skipped, repaired, issueCount));
        }
    }
}
