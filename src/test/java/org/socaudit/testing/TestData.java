package org.socaudit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;

/**
 * The real files the tests read, carried gzipped in the test resources so that a clone builds and
 * tests with nothing beside it: council spending files ({@code org/socaudit/council-spend/}) and
 * the official SIC and CPV lists and the name-match cases ({@code org/socaudit/reference/}). Each
 * folder's README says where its files came from. They are unpacked once per run to a temporary
 * folder.
 */
public final class TestData {

    private static Path dir;

    private TestData() {}

    /** A council spending file, such as {@code lambeth-2012-06.csv}. */
    public static Path councilSpend(String name) {
        return unpacked("council-spend", name);
    }

    /** A reference list, such as {@code uk-sic-2007.csv}. */
    public static Path reference(String name) {
        return unpacked("reference", name);
    }

    private static synchronized Path unpacked(String folder, String name) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("soc-audit-test-data");
                dir.toFile().deleteOnExit();
            }
            Path file = dir.resolve(folder + "-" + name);
            if (!Files.exists(file)) {
                String resource = "/org/socaudit/" + folder + "/" + name + ".gz";
                try (InputStream packed = TestData.class.getResourceAsStream(resource)) {
                    if (packed == null) {
                        throw new IllegalArgumentException("no test data " + resource);
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
