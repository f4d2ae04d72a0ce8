package org.socaudit.model;

import java.util.List;

/** The explanatory text of a checklist or audit template, as paragraphs. */
public record Guidance(List<String> threat, List<String> purpose, List<String> howToUse) {

    public Guidance {
        threat = List.copyOf(threat);
        purpose = List.copyOf(purpose);
        howToUse = List.copyOf(howToUse);
    }
}
