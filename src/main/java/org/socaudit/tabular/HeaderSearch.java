package org.socaudit.tabular;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Finds the header row: the first of the first {@value #ROWS} rows that names every required role,
 * since councils often put a title or notes above the table.
 */
final class HeaderSearch {

    static final int ROWS = 20;
    private static final int SHOWN_CELLS = 30;
    private static final int SHOWN_LENGTH = 40;

    private final String file;
    private final Set<Role> required;
    private final Set<Role> used;
    private final Map<Role, String> overrides;
    private List<String> bestCells;
    private long bestRow;
    private long bestScore = -1;

    HeaderSearch(String file, Set<Role> required, Set<Role> used, Map<Role, String> overrides) {
        this.file = file;
        this.required = required;
        this.used = used;
        this.overrides = overrides;
    }

    /** The layout when this row is the header, else null; fails once the rows to search are passed. */
    ColumnLayout offer(long number, List<String> cells) throws InvalidInputException {
        if (number > ROWS) {
            throw notFound();
        }
        ColumnLayout layout = ColumnLayout.of(cells, used, overrides);
        if (layout.missing(required).isEmpty()) {
            if (!layout.missingOverrides().isEmpty()) {
                throw new InvalidInputException(Problem.inFile(
                        file,
                        "row " + number + " is the header but has no " + overrideList(layout) + "; it has "
                                + shown(cells)));
            }
            return layout;
        }
        // The row most like a header to show: most roles named, then most cells filled.
        long filled = cells.stream().filter(c -> Text.trim(c) != null).count();
        long score = layout.count(used) * 100_000L + filled;
        if (filled > 0 && score > bestScore) {
            bestScore = score;
            bestCells = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
            bestRow = number;
        }
        return null;
    }

    /** The problem when no row of the file qualified. */
    InvalidInputException notFound() {
        String expected = required.stream().map(this::expectation).collect(Collectors.joining(" and "));
        String seen = bestCells == null ? "the file has no rows" : "row " + bestRow + " has " + shown(bestCells);
        return new InvalidInputException(Problem.inFile(
                file,
                "no header row in the first " + ROWS + " rows: expected " + expected + "; " + seen
                        + ". Name the columns with --column ROLE=HEADER"));
    }

    private String expectation(Role role) {
        String override = overrides.get(role);
        if (override != null) {
            return article(role) + role.optionName() + " column headed '" + override + "' (from --column)";
        }
        return article(role) + role.optionName() + " column (such as " + HeaderAliases.examples(role) + ")";
    }

    private static String article(Role role) {
        return "aeiou".indexOf(role.optionName().charAt(0)) >= 0 ? "an " : "a ";
    }

    private String overrideList(ColumnLayout layout) {
        return layout.missingOverrides().stream()
                .map(r -> "column '" + overrides.get(r) + "' (from --column " + r.optionName() + ")")
                .collect(Collectors.joining(" or "));
    }

    private static String shown(List<String> cells) {
        String listed = cells.stream()
                .limit(SHOWN_CELLS)
                .map(c -> c == null ? "" : c.strip())
                .map(c -> c.length() > SHOWN_LENGTH ? c.substring(0, SHOWN_LENGTH) + "..." : c)
                .map(c -> "'" + c + "'")
                .collect(Collectors.joining(", "));
        return cells.size() > SHOWN_CELLS ? listed + ", ..." : listed;
    }
}
