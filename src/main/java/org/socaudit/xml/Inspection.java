package org.socaudit.xml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socaudit.model.Problem;

/**
 * What validating one file found: its kind (null when not recognised), what it holds, and its
 * problems (none when valid).
 */
public record Inspection(
        String file,
        DocumentKind kind,
        String id,
        String version,
        Map<String, Integer> counts,
        List<Problem> problems) {

    public Inspection {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        problems = List.copyOf(problems);
    }

    /** Whether the file is a valid toolkit document. */
    public boolean valid() {
        return kind != null && problems.isEmpty();
    }
}
