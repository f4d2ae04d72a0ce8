package org.socaudit.model;

import java.util.Arrays;
import java.util.Optional;

/** The three levels a checklist answer or audit finding is assessed at, best first. */
public enum Assessment {
    GOOD("good", "Good"),
    ACCEPTABLE("acceptable", "Acceptable"),
    NEEDS_IMPROVEMENT("needs-improvement", "Needs improvement");

    private final String id;
    private final String label;

    Assessment(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in XML files, such as {@code needs-improvement}. */
    public String id() {
        return id;
    }

    /** The label users see and type, such as "Needs improvement". */
    public String label() {
        return label;
    }

    /**
     * The level with this XML id. Surrounding white space is ignored, as the schema's token type
     * ignores it, so an id the schema accepts is always found.
     */
    public static Optional<Assessment> fromId(String id) {
        String wanted = id == null ? null : id.strip();
        return Arrays.stream(values()).filter(a -> a.id.equals(wanted)).findFirst();
    }
}
