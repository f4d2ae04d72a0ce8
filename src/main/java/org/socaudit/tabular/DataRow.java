package org.socaudit.tabular;

import java.util.List;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;

/** One data row seen through the header: cells by role, and issues located at the row. */
final class DataRow {

    private final String file;
    private final long number;
    private final List<String> cells;
    private final ColumnLayout layout;
    private final Consumer<InputIssue> issues;

    DataRow(String file, long number, List<String> cells, ColumnLayout layout, Consumer<InputIssue> issues) {
        this.file = file;
        this.number = number;
        this.cells = cells;
        this.layout = layout;
        this.issues = issues;
    }

    /** The trimmed text of the role's cell; null when the file has no such column or the cell is blank. */
    String text(Role role) {
        int column = layout.column(role);
        return column < 0 || column >= cells.size() ? null : Text.trim(cells.get(column));
    }

    /** The trimmed, non-blank texts of the spend-category columns besides the main one. */
    List<String> moreCategories() {
        List<Integer> more = layout.moreCategories();
        if (more.isEmpty()) {
            return List.of();
        }
        List<String> texts = new java.util.ArrayList<>(more.size());
        for (int column : more) {
            String text = column < cells.size() ? Text.trim(cells.get(column)) : null;
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** Whether the file has a column for the role. */
    boolean has(Role role) {
        return layout.has(role);
    }

    /** Reports an issue with the role's cell of this row. */
    void issue(Role role, String reason) {
        issues.accept(new InputIssue(file, number, layout.header(role), reason));
    }

    /** Where the role's cell of this row is, as an input issue or problem names it. */
    String location(Role role) {
        return new InputIssue(file, number, layout.header(role), "-").location();
    }

    /** The file the row is in, as the user named it. */
    String file() {
        return file;
    }
}
