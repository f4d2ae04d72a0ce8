package org.socaudit.model;

import java.util.Objects;

/** A ProClass spend category code used by councils, and its label. */
public record ProClassCode(String code, String title) {

    public ProClassCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }
}
