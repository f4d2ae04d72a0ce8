package org.socaudit.model;

import java.util.Objects;

/**
 * One thing wrong with an input, with where it is: {@code file:line:col} for XML, {@code
 * file!Sheet!E7} for a workbook cell, {@code file:row N, column 'X'} for CSV.
 */
public record Problem(String location, String message) {

    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A problem at a line and column of a text file; non-positive numbers are left out. */
    public static Problem at(String file, int line, int column, String message) {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return new Problem(where.toString(), message);
    }

    /** A problem with a whole file. */
    public static Problem inFile(String file, String message) {
        return new Problem(file, message);
    }

    /** A problem in one cell of a workbook, such as {@code filled.xlsx!Checklist!E14}. */
    public static Problem inCell(String file, String sheet, String cellReference, String message) {
        return new Problem(file + "!" + sheet + "!" + cellReference, message);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
