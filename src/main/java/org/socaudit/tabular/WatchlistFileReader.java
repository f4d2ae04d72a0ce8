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
    private static final Set<Role> USED = EnumSet.of(Role.SUPPLIER_NAME, Role.COMPANY_NUMBER, Role.ALIASES);

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
        entries.accept(new WatchlistEntry(name, Fields.companyNumber(row), aliases(row.text(Role.ALIASES)), source));
        return RowMapper.Outcome.ACCEPTED;
    }

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
