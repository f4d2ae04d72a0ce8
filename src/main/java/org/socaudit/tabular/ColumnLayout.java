package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which column holds each role, worked out from one candidate header row. */
final class ColumnLayout {

    private final int[] columns = new int[Role.values().length];
    private final String[] headers = new String[Role.values().length];
    private final List<String> duplicates = new ArrayList<>();
    private final List<Role> missingOverrides = new ArrayList<>();

    private ColumnLayout() {
        Arrays.fill(columns, -1);
    }

    /** Maps the roles a reader uses onto a row: {@code --column} overrides first, then the best alias. */
    static ColumnLayout of(List<String> cells, Set<Role> used, Map<Role, String> overrides) {
        ColumnLayout layout = new ColumnLayout();
        String[] normalised = cells.stream().map(HeaderAliases::normalise).toArray(String[]::new);
        boolean[] taken = new boolean[normalised.length];
        for (Role role : used) {
            String override = overrides.get(role);
            if (override != null) {
                int column = indexOf(normalised, HeaderAliases.normalise(override));
                if (column < 0) {
                    layout.missingOverrides.add(role);
                } else {
                    layout.assign(role, column, cells, taken);
                }
            }
        }
        for (Role role : used) {
            if (!overrides.containsKey(role)) {
                int column = bestAlias(role, normalised, taken);
                if (column >= 0) {
                    layout.assign(role, column, cells, taken);
                }
            }
        }
        layout.noteDuplicates(normalised);
        return layout;
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

    /** The roles whose {@code --column} header is not in this row. */
    List<Role> missingOverrides() {
        return missingOverrides;
    }

    /** Headers used for a role that the row repeats; the first column is the one read. */
    List<String> duplicates() {
        return duplicates;
    }

    private void assign(Role role, int column, List<String> cells, boolean[] taken) {
        columns[role.ordinal()] = column;
        headers[role.ordinal()] = Text.trim(cells.get(column));
        taken[column] = true;
    }

    private void noteDuplicates(String[] normalised) {
        for (Role role : Role.values()) {
            int column = columns[role.ordinal()];
            if (column >= 0 && indexOf(normalised, normalised[column], column + 1) >= 0) {
                duplicates.add(headers[role.ordinal()]);
            }
        }
    }

    private static int bestAlias(Role role, String[] normalised, boolean[] taken) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < normalised.length; i++) {
            int rank = HeaderAliases.rank(role, normalised[i]);
            if (rank >= 0 && rank < bestRank && !taken[i]) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int indexOf(String[] normalised, String wanted) {
        return indexOf(normalised, wanted, 0);
    }

    private static int indexOf(String[] normalised, String wanted, int from) {
        for (int i = from; i < normalised.length; i++) {
            if (!wanted.isEmpty() && normalised[i].equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
