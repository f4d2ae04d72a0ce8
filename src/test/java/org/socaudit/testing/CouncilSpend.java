package org.socaudit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * The real council spending files the tests read, carried gzipped in the test resources
 * ({@code org/socaudit/council-spend/README.md} says where each came from) and unpacked once per
 * test run to a temporary folder.
 */
public final class CouncilSpend {

    private static Path dir;

    private CouncilSpend() {}

    /** The unpacked file, such as {@code lambeth-2012-06.csv}. */
    public static synchronized Path file(String name) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("soc-audit-council-spend");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                try (InputStream packed =
                        CouncilSpend.class.getResourceAsStream("/org/socaudit/council-spend/" + name + ".gz")) {
                    if (packed == null) {
                        throw new IllegalArgumentException(
                                "no council spending file " + name + " in the test resources");
                    }
                    Files.copy(new GZIPInputStream(packed), file, StandardCopyOption.REPLACE_EXISTING);
                }
                file.toFile().deleteOnExit();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
