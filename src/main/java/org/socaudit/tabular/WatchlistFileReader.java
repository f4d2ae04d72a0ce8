package org.socaudit.tabular;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.WatchlistEntry;

/** Reads a watchlist (CSV or XLSX): names, optional company numbers, optional aliases separated by ';' or '|'. */
public final class WatchlistFileReader {

    private static final Set<Role> REQUIRED = EnumSet.of(Role.SUPPLIER_NAME);
    private static final Set<Role> USED =
            EnumSet.of(Role.SUPPLIER_NAME, Role.COMPANY_NUMBER, Role.ALIASES, Role.BIRTH_DATE);

    private final Map<Role, String> overrides;

    /** A reader that takes the columns named in {@code overrides} before any found by their usual headers. */
    public WatchlistFileReader(Map<Role, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** The entries of the watchlist, in file order; rows without a name go to issues. */
    public List<WatchlistEntry> read(Path file, Consumer<InputIssue> issues) throws InvalidInputException {
        List<WatchlistEntry> entries = new ArrayList<>();
        read(file, entries::add, issues);
        return List.copyOf(entries);
    }

    /** Passes the entries of the watchlist to {@code entries}, in file order, and says how the file was read. */
    public ReadSummary read(Path file, Consumer<WatchlistEntry> entries, Consumer<InputIssue> issues)
            throws InvalidInputException {
        String source = file.toString();
        return new TableReader(REQUIRED, USED, overrides).read(file, row -> map(row, source, entries), issues);
    }

    private static RowMapper.Outcome map(DataRow row, String source, Consumer<WatchlistEntry> entries) {
        String name = Fields.name(row);
        if (name == null) {
            return RowMapper.Outcome.SKIPPED;
        }
        String born = row.text(Role.BIRTH_DATE);
        int[] birth = birth(born);
        entries.accept(new WatchlistEntry(
                name,
                Fields.companyNumber(row),
                aliases(row.text(Role.ALIASES)),
                source,
                birth == null ? null : birth[0],
                birth == null ? null : birth[1]));
        if (born != null && !born.isBlank() && birth == null) {
            // The name is still watched; only the date that would narrow a match is lost. The line is
            // used, not partial: a partial line is one whose payment date is unread, and the summaries
            // would count a date of birth among the payments left out of the date checks.
            row.issue(
                    Role.BIRTH_DATE,
                    "'" + born.strip() + "' is not a month and year of birth (write 05/1979, 1979-05 or a full date);"
                            + " the entry is kept without it");
        }
        return RowMapper.Outcome.ACCEPTED;
    }

    /**
     * The month and year of a date of birth written as mm/yyyy, dd/mm/yyyy, yyyy-mm or yyyy-mm-dd (the
     * register of people with significant control gives no more than month and year), or null.
     */
    static int[] birth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m;
        String t = text.strip();
        int month;
        int year;
        if ((m = BRITISH.matcher(t)).matches()) {
            month = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
            if (m.group(1) != null && Integer.parseInt(m.group(1)) > 31) {
                return null;
            }
        } else if ((m = ISO.matcher(t)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
        } else {
            return null;
        }
        return month >= 1 && month <= 12 && year >= 1900 && year <= 2100 ? new int[] {month, year} : null;
    }

    private static final java.util.regex.Pattern BRITISH =
            java.util.regex.Pattern.compile("(?:(\\d{1,2})[/.-])?(\\d{1,2})[/.-](\\d{4})");
    private static final java.util.regex.Pattern ISO =
            java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})(?:-\\d{1,2})?");

    /** The aliases of a cell such as {@code A1 Cabs; A One Taxis | AOT}, trimmed, blanks and repeats dropped. */
    static List<String> aliases(String text) {
        List<String> aliases = new ArrayList<>();
        if (text == null) {
            return aliases;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '|') {
                String alias = Text.trim(text.substring(start, i));
                if (alias != null && !aliases.contains(alias)) {
                    aliases.add(alias);
                }
                start = i + 1;
            }
        }
        return aliases;
    }
}
