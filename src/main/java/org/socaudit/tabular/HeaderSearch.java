package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Finds the header row among the first {@value #ROWS} rows, since councils often put a report
 * title and its parameters above the table: the rows whose cells most look like column names are
 * tried in turn, each with the values of the rows under it, and the first that gives every
 * required role is the header.
 */
final class HeaderSearch {

    static final int ROWS = 20;
    /** Rows under a candidate header whose values are profiled. */
    static final int SAMPLE = 200;

    private static final int TRIED = 5;
    private static final int SHOWN_CELLS = 30;
    private static final int SHOWN_LENGTH = 40;

    /** A row as read, kept while the header is sought. */
    record Row(long number, List<String> cells) {}

    /** The header found: its place among the rows given, and the layout it gives. */
    record Found(int index, ColumnLayout layout) {}

    private final String file;
    private final Set<Role> required;
    private final Set<Role> used;
    private final Map<Role, String> overrides;

    HeaderSearch(String file, Set<Role> required, Set<Role> used, Map<Role, String> overrides) {
        this.file = file;
        this.required = required;
        this.used = used;
        this.overrides = overrides;
    }

    /** The header among the first rows of a file, which must hold every row up to {@link #SAMPLE} past it. */
    Found find(List<Row> rows) throws InvalidInputException {
        if (rows.isEmpty()) {
            throw new InvalidInputException(Problem.inFile(file, "the file has no rows"));
        }
        List<int[]> ranked = ranked(rows);
        ColumnLayout nearest = null;
        int nearestIndex = -1;
        for (int[] candidate : ranked) {
            int index = candidate[0];
            ColumnLayout layout = ColumnLayout.of(rows.get(index).cells(), profiles(rows, index), used, overrides);
            if (layout.missing(required).isEmpty()) {
                return new Found(index, layout);
            }
            if (candidate[1] > 0 && (nearest == null || layout.count(used) > nearest.count(used))) {
                nearest = layout;
                nearestIndex = index;
            }
        }
        throw notFound(rows, nearest, nearestIndex);
    }

    /**
     * The rows to try as the header, each with how many of its cells name a column: those naming
     * most first (at most {@value #TRIED}), then the fullest of the first rows, for headers no
     * vocabulary knows, whose values may still tell.
     */
    private List<int[]> ranked(List<Row> rows) {
        ColumnVocabulary vocabulary = ColumnVocabulary.bundled();
        List<int[]> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(ROWS, rows.size()); i++) {
            int names = columnNames(vocabulary, rows.get(i).cells());
            if (names > 0) {
                ranked.add(new int[] {i, names});
            }
        }
        ranked.sort(Comparator.comparingInt((int[] r) -> -r[1]).thenComparingInt(r -> r[0]));
        if (ranked.size() > TRIED) {
            ranked = new ArrayList<>(ranked.subList(0, TRIED));
        }
        int fullest = fullest(rows);
        if (ranked.stream().noneMatch(r -> r[0] == fullest)) {
            ranked.add(new int[] {fullest, 0});
        }
        return ranked;
    }

    /** How many cells of a row read as the name of a column this reader uses (or one named by --column). */
    private int columnNames(ColumnVocabulary vocabulary, List<String> cells) {
        int names = 0;
        for (String cell : cells) {
            String text = Text.trim(cell);
            if (text == null || Amounts.pence(text).isPresent()) {
                continue;
            }
            if (overrides.values().stream().anyMatch(o -> ColumnLayout.key(o).equals(ColumnLayout.key(text)))
                    || vocabulary.bestScore(used, vocabulary.words(text)) >= ColumnVocabulary.NAMES_ROLE) {
                names++;
            }
        }
        return names;
    }

    /** Profiles of each column's values in the rows under a candidate header. */
    static ColumnProfile[] profiles(List<Row> rows, int header) {
        int width = rows.get(header).cells().size();
        ColumnProfile[] profiles = new ColumnProfile[width];
        for (int c = 0; c < width; c++) {
            profiles[c] = new ColumnProfile();
        }
        DateParser parser = new DateParser();
        int end = Math.min(rows.size(), header + 1 + SAMPLE);
        for (int r = header + 1; r < end; r++) {
            List<String> cells = rows.get(r).cells();
            if (SpecialRows.isFiller(cells)) {
                continue;
            }
            if (cells.size() == width - 1) {
                // A date and amount run together shift every later cell; profile the row as it should be.
                for (int c = 0; c < cells.size(); c++) {
                    List<String> split = SpecialRows.splitRunTogether(cells, width, c, c + 1, parser);
                    if (split != null) {
                        cells = split;
                        break;
                    }
                }
            }
            for (int c = 0; c < width; c++) {
                profiles[c].add(c < cells.size() ? cells.get(c) : null, parser);
            }
        }
        return profiles;
    }

    private InvalidInputException notFound(List<Row> rows, ColumnLayout nearest, int index) {
        Set<Role> missing = nearest == null ? required : nearest.missing(required);
        String expected = missing.stream().map(this::expectation).collect(Collectors.joining(" and "));
        String seen;
        String problem;
        if (nearest == null) {
            Row fullest = rows.get(fullest(rows));
            problem = "no header row in the first " + ROWS + " rows: expected " + expected;
            seen = "row " + fullest.number() + " has " + shown(fullest.cells());
        } else {
            Row row = rows.get(index);
            String found = used.stream()
                    .filter(nearest::has)
                    .map(r -> r.optionName() + " '" + nearest.header(r) + "'")
                    .collect(Collectors.joining(", "));
            problem = "cannot find " + expected;
            seen = "the likeliest header, row " + row.number() + ", has " + shown(row.cells())
                    + (found.isEmpty() ? "" : "; recognised " + found) + "; "
                    + missing.stream().map(r -> candidates(r, row.cells())).collect(Collectors.joining("; "));
        }
        return new InvalidInputException(
                Problem.inFile(file, problem + "; " + seen + ". Name the columns with --column ROLE=HEADER"));
    }

    /** The columns headed like the role whose values ruled them out, or that none is headed like it. */
    private static String candidates(Role role, List<String> cells) {
        ColumnVocabulary vocabulary = ColumnVocabulary.bundled();
        List<String> headed = cells.stream()
                .filter(c -> vocabulary.score(role, vocabulary.words(c)) >= ColumnVocabulary.NAMES_ROLE)
                .map(c -> "'" + Text.trim(c) + "'")
                .toList();
        if (headed.isEmpty()) {
            return "no column is headed like " + article(role) + role.optionName() + " column or holds its values";
        }
        return String.join(", ", headed) + (headed.size() == 1 ? " is" : " are") + " headed like "
                + article(role) + role.optionName() + " column, but " + (headed.size() == 1 ? "its" : "their")
                + " values are not "
                + (role == Role.AMOUNT ? "amounts of money" : role == Role.DATE ? "dates" : "names");
    }

    /** The first of the rows searched with the most cells filled. */
    private static int fullest(List<Row> rows) {
        int fullest = 0;
        for (int i = 1; i < Math.min(ROWS, rows.size()); i++) {
            if (filled(rows.get(i).cells()) > filled(rows.get(fullest).cells())) {
                fullest = i;
            }
        }
        return fullest;
    }

    private static long filled(List<String> cells) {
        return cells.stream().filter(c -> Text.trim(c) != null).count();
    }

    private String expectation(Role role) {
        String override = overrides.get(role);
        if (override != null) {
            return article(role) + role.optionName() + " column headed '" + override + "' (from --column)";
        }
        return article(role) + role.optionName() + " column (such as "
                + ColumnVocabulary.bundled().examples(role) + ")";
    }

    private static String article(Role role) {
        return "aeiou".indexOf(role.optionName().charAt(0)) >= 0 ? "an " : "a ";
    }

    static String shown(List<String> cells) {
        String listed = cells.stream()
                .limit(SHOWN_CELLS)
                .map(c -> c == null ? "" : c.strip())
                .map(c -> c.length() > SHOWN_LENGTH ? c.substring(0, SHOWN_LENGTH) + "..." : c)
                .map(c -> "'" + c + "'")
                .collect(Collectors.joining(", "));
        return cells.size() > SHOWN_CELLS ? listed + ", ..." : listed;
    }
}
