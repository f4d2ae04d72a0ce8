package org.socaudit.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared reference data and council spending files that sit beside the repository. */
public final class SharedData {

    private static final Path WORKPLACE = Path.of("/work/shared");

    private SharedData() {}

    /** The shared folder: $SOC_SHARED_DIR, else the soc.shared.dir property Maven sets to ../shared. */
    public static Path dir() {
        String configured = System.getenv("SOC_SHARED_DIR");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("soc.shared.dir", "../shared");
        }
        Path dir = Path.of(configured);
        if (!Files.isDirectory(dir.resolve("reference")) && Files.isDirectory(WORKPLACE.resolve("reference"))) {
            // A clone made away from the workplace's shared folder still finds it.
            dir = WORKPLACE;
        }
        if (!Files.isDirectory(dir.resolve("reference"))) {
            throw new IllegalStateException(
                    "shared data not found at " + dir.toAbsolutePath() + "; set SOC_SHARED_DIR to the shared folder");
        }
        return dir;
    }

    /** A file under shared/reference. */
    public static Path reference(String name) {
        return dir().resolve("reference").resolve(name);
    }
}
