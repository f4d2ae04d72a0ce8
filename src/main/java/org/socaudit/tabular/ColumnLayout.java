package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column holds each role, worked out from a header row and the values under it: a
 * {@code --column} header present in the row first, then the best-scoring pairs of role and
 * column, header score plus content fit, each column used once. Every further column headed as a
 * spend category is read as well.
 */
final class ColumnLayout {

    private record Candidate(Role role, int column, int score) {}

    private final int[] columns = new int[Role.values().length];
    private final String[] headers = new String[Role.values().length];
    private final List<Integer> moreCategories = new ArrayList<>();
    private final List<String> moreCategoryHeaders = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<Role> overridden = EnumSet.noneOf(Role.class);

    private ColumnLayout() {
        Arrays.fill(columns, -1);
    }

    /** Maps the roles a reader uses onto a header row, given profiles of the values under each column. */
    static ColumnLayout of(List<String> cells, ColumnProfile[] values, Set<Role> used, Map<Role, String> overrides) {
        ColumnVocabulary vocabulary = ColumnVocabulary.bundled();
        ColumnLayout layout = new ColumnLayout();
        HeaderWords[] words = cells.stream().map(vocabulary::words).toArray(HeaderWords[]::new);
        boolean[] taken = new boolean[cells.size()];
        layout.applyOverrides(cells, used, overrides, taken);
        List<Candidate> candidates = candidates(vocabulary, words, values, used);
        for (Candidate candidate : candidates) {
            if (!taken[candidate.column()] && !layout.has(candidate.role())) {
                layout.assign(candidate.role(), candidate.column(), cells, taken);
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.role() == Role.CATEGORY
                    && !taken[candidate.column()]
                    && candidate.score() >= ColumnVocabulary.NAMES_ROLE
                    && profile(values, candidate.column()).filled() > 0
                    && mostlyCategory(vocabulary, words[candidate.column()], used)) {
                taken[candidate.column()] = true;
                layout.moreCategories.add(candidate.column());
                layout.moreCategoryHeaders.add(Text.trim(cells.get(candidate.column())));
            }
        }
        layout.noteDuplicates(cells);
        return layout;
    }

    /** Takes the columns that {@code --column} names and this row has; notes those it lacks. */
    private void applyOverrides(List<String> cells, Set<Role> used, Map<Role, String> overrides, boolean[] taken) {
        for (Role role : used) {
            String override = overrides.get(role);
            if (override == null) {
                continue;
            }
            int column = indexOf(cells, override);
            if (column >= 0 && !taken[column]) {
                assign(role, column, cells, taken);
                overridden.add(role);
            } else {
                notes.add("no column headed '" + override + "' (--column " + role.optionName() + "), so the "
                        + role.optionName() + " column was recognised");
            }
        }
    }

    /** Every pair of role and column that could go together, best first. */
    private static List<Candidate> candidates(
            ColumnVocabulary vocabulary, HeaderWords[] words, ColumnProfile[] values, Set<Role> used) {
        List<Candidate> candidates = new ArrayList<>();
        for (Role role : used) {
            for (int column = 0; column < words.length; column++) {
                int score = score(vocabulary, role, words[column], profile(values, column));
                if (score > 0) {
                    candidates.add(new Candidate(role, column, score));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score)
                .reversed()
                .thenComparing(Candidate::role)
                .thenComparingInt(Candidate::column));
        return candidates;
    }

    /** Whether a header names a spend category more than any other role ("Expense Area" is a service). */
    private static boolean mostlyCategory(ColumnVocabulary vocabulary, HeaderWords header, Set<Role> used) {
        int category = vocabulary.score(Role.CATEGORY, header);
        return used.stream().noneMatch(role -> role != Role.CATEGORY && vocabulary.score(role, header) > category);
    }

    /** A role's score for a column: header plus content, or values alone; 0 when the column cannot be it. */
    private static int score(ColumnVocabulary vocabulary, Role role, HeaderWords header, ColumnProfile values) {
        int named = vocabulary.score(role, header);
        if (named < ColumnVocabulary.NAMES_ROLE) {
            if (vocabulary.avoids(role, header) || !header.isEmpty() && named > 0) {
                return 0;
            }
            named = 0;
        }
        int fit = ContentFit.fit(role, values, named);
        return fit == ContentFit.RULED_OUT ? 0 : Math.max(1, named + fit);
    }

    private static ColumnProfile profile(ColumnProfile[] values, int column) {
        return column < values.length ? values[column] : new ColumnProfile();
    }

    boolean has(Role role) {
        return columns[role.ordinal()] >= 0;
    }

    int column(Role role) {
        return columns[role.ordinal()];
    }

    /** The header text of the role's column as the file writes it, or null when it has none. */
    String header(Role role) {
        return headers[role.ordinal()];
    }

    /** The columns of spend categories besides the main one. */
    List<Integer> moreCategories() {
        return moreCategories;
    }

    /** The headers of those columns. */
    List<String> moreCategoryHeaders() {
        return moreCategoryHeaders;
    }

    /** How many of the roles this row names. */
    int count(Set<Role> roles) {
        return (int) roles.stream().filter(this::has).count();
    }

    /** The roles among {@code roles} that this row does not name. */
    Set<Role> missing(Set<Role> roles) {
        Set<Role> missing = EnumSet.noneOf(Role.class);
        roles.stream().filter(r -> !has(r)).forEach(missing::add);
        return missing;
    }

    /** The roles whose column was named by {@code --column}. */
    Set<Role> overridden() {
        return overridden;
    }

    /** What the reader should tell the user about how the columns were chosen. */
    List<String> notes() {
        return notes;
    }

    /** Headers used for a role that the row repeats; the first column is the one read. */
    List<String> duplicates() {
        return duplicates;
    }

    private void assign(Role role, int column, List<String> cells, boolean[] taken) {
        columns[role.ordinal()] = column;
        String header = Text.trim(cells.get(column));
        // A column found by its values may have no heading at all; it is still named for the user.
        headers[role.ordinal()] = header == null ? "(unheaded column " + (column + 1) + ")" : header;
        taken[column] = true;
    }

    private void noteDuplicates(List<String> cells) {
        for (Role role : Role.values()) {
            int column = columns[role.ordinal()];
            if (column >= 0 && indexOf(cells.subList(column + 1, cells.size()), cells.get(column)) >= 0) {
                duplicates.add(headers[role.ordinal()]);
            }
        }
    }

    /** The first cell that reads as {@code wanted} once case, spacing and punctuation are set aside. */
    private static int indexOf(List<String> cells, String wanted) {
        String key = key(wanted);
        for (int i = 0; i < cells.size(); i++) {
            if (!key.isEmpty() && key(cells.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** A header with case, spacing and punctuation set aside, for comparing with a --column header. */
    static String key(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(header.length());
        header.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
