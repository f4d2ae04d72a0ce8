package org.socaudit.model;

import java.util.Objects;

/** What every content file declares about itself: a stable id, a version, a title and a source. */
public record DocumentInfo(String id, String version, String title, Source source) {

    public DocumentInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
    }
}
