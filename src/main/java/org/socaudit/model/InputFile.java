package org.socaudit.model;

import java.util.Objects;

/**
 * A file a report was made from, named as the user gave it, with its SHA-256 so it can be traced;
 * for a table, how it was read ({@code reading} is null for other files).
 */
public record InputFile(String role, String name, String sha256, InputReport reading) {

    public InputFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** A file that is not a table, such as a checklist or a sectors file. */
    public InputFile(String role, String name, String sha256) {
        this(role, name, sha256, null);
    }
}
