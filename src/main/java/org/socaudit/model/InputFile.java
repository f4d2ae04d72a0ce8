package org.socaudit.model;

import java.util.Objects;

/** A file a report was made from, named as the user gave it, with its SHA-256 so it can be traced. */
public record InputFile(String role, String name, String sha256) {

    public InputFile {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
