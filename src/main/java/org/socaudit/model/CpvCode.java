package org.socaudit.model;

import java.util.Objects;

/** A CPV 2008 code with its check digit, such as {@code 90500000-2}, and its official title. */
public record CpvCode(String code, String title) {

    public CpvCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }
}
