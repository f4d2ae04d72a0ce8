package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** Where a content file was transcribed from, with notes on any repairs made to the text. */
public record Source(String publisher, String document, String part, String edition, List<String> notes) {

    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(edition, "edition");
        notes = List.copyOf(notes);
    }

    /** One line naming the source, such as "Home Office, Organised Crime ..., Annex A, December 2016". */
    public String citation() {
        return publisher + ", " + document + (part == null ? "" : ", " + part) + ", " + edition;
    }
}
