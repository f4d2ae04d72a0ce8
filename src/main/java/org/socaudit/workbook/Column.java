package org.socaudit.workbook;

import java.util.function.Function;

/** One column of a table sheet: its header, width and how to get its value from a row. */
record Column<T>(String header, int width, Kind kind, Function<T, Object> value) {

    /** How a column's values are written. */
    enum Kind {
        TEXT,
        BOLD,
        DATE,
        INTEGER,
        /** An amount in pence, written in pounds. */
        MONEY,
        /** A fraction from 0 to 1, written as a percentage. */
        PERCENT,
        /** A similarity score from 0 to 1, written as a number to two places. */
        SCORE,
        /** An {@code Assessment}, written as its label with a red, amber or green fill. */
        RATING,
        /** Text the user fills in: an unlocked cell. */
        INPUT,
        /** A date the user fills in: an unlocked date cell. */
        INPUT_DATE,
        /** The row's id, in a hidden column; read-back finds the row by it. */
        ID,
        /** The row's id again, in a hidden column between two answer columns (see TableSheet). */
        CHECK
    }

    /** Whether people fill this column in. */
    boolean isInput() {
        return kind == Kind.INPUT || kind == Kind.INPUT_DATE;
    }

    static <T> Column<T> text(String header, int width, Function<T, Object> value) {
        return new Column<>(header, width, Kind.TEXT, value);
    }

    static <T> Column<T> of(String header, int width, Kind kind, Function<T, Object> value) {
        return new Column<>(header, width, kind, value);
    }
}
