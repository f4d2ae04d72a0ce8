package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/** A council directorate and the services it runs. */
public record Directorate(String id, String title, List<ServiceArea> services) {

    public Directorate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        services = List.copyOf(services);
    }
}
