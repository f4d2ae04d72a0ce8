package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Parses {@code --column ROLE=HEADER} specs (role names case-insensitive, '-' or '_', e.g. supplier-name=Payee). */
public final class ColumnOverrides {

    private ColumnOverrides() {}

    /** The header named for each role; every malformed spec is reported at once. */
    public static Map<Role, String> parse(List<String> specs) throws InvalidInputException {
        Map<Role, String> overrides = new EnumMap<>(Role.class);
        List<Problem> problems = new ArrayList<>();
        for (String spec : specs) {
            String where = "--column " + spec;
            int equals = spec.indexOf('=');
            String header = equals < 0 ? "" : Text.trim(spec.substring(equals + 1));
            if (equals < 0 || header == null) {
                problems.add(Problem.inFile(where, "expected ROLE=HEADER, such as supplier-name=Payee"));
                continue;
            }
            String roleName =
                    spec.substring(0, equals).trim().toUpperCase(Locale.ROOT).replace('-', '_');
            Role role = roleNamed(roleName);
            if (role == null) {
                problems.add(Problem.inFile(
                        where, "unknown role '" + spec.substring(0, equals).trim() + "'; roles: " + roles()));
            } else if (overrides.putIfAbsent(role, header) != null) {
                problems.add(Problem.inFile(where, "the " + role.optionName() + " column is named twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return Map.copyOf(overrides);
    }

    private static Role roleNamed(String name) {
        return Arrays.stream(Role.values())
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static String roles() {
        return Arrays.stream(Role.values()).map(Role::optionName).collect(Collectors.joining(", "));
    }
}
