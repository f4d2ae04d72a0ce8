package org.socaudit.tabular;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;

/** Reads any table: finds its header, then hands each non-blank data row to a mapper and counts what became of it. */
final class TableReader {

    private final Set<Role> required;
    private final Set<Role> used;
    private final Map<Role, String> overrides;

    TableReader(Set<Role> required, Set<Role> used, Map<Role, String> overrides) {
        this.required = required;
        this.used = used;
        this.overrides = Map.copyOf(overrides);
    }

    ReadSummary read(Path file, RowMapper mapper, Consumer<InputIssue> issues) throws InvalidInputException {
        TableSource source = TableSource.forFile(file);
        Pass pass = new Pass(file.toString(), mapper, issues);
        source.rows(pass::row);
        return pass.finish();
    }

    /** The state of one read of one file. */
    private final class Pass {
        private final String file;
        private final RowMapper mapper;
        private final Consumer<InputIssue> issues;
        private final HeaderSearch search;
        private ColumnLayout layout;
        private long rows;
        private long accepted;
        private long redacted;
        private long issueCount;

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
            if (layout == null) {
                layout = search.offer(number, cells);
                if (layout != null) {
                    for (String header : layout.duplicates()) {
                        issues.accept(new InputIssue(
                                file,
                                number,
                                header,
                                "the header appears more than once; the first such column is read"));
                    }
                }
                return;
            }
            if (isBlank(cells)) {
                return;
            }
            rows++;
            switch (mapper.map(new DataRow(file, number, cells, layout, issues))) {
                case ACCEPTED -> accepted++;
                case REDACTED -> redacted++;
                case SKIPPED -> {
                    // The mapper has reported why.
                }
            }
        }

        ReadSummary finish() throws InvalidInputException {
            if (layout == null) {
                throw search.notFound();
            }
            return new ReadSummary(rows, accepted, redacted, issueCount);
        }

        private static boolean isBlank(List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (Text.trim(cells.get(i)) != null) {
                    return false;
                }
            }
            return true;
        }
    }
}
