package org.socaudit.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** What a report records about how it was made: tool version, time and inputs. */
public record RunInfo(String toolVersion, LocalDateTime generatedAt, List<InputFile> inputs) {

    public RunInfo {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        inputs = List.copyOf(inputs);
    }
}
