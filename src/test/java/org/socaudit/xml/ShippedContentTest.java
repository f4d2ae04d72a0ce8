package org.socaudit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every XML file shipped in checklists/ and audit-templates/ validates against its schema and rules. */
class ShippedContentTest {

    static Stream<Path> shippedFiles() throws IOException {
        return Stream.of(Path.of("checklists"), Path.of("audit-templates"))
                .flatMap(ShippedContentTest::xmlFilesIn)
                .sorted();
    }

    private static Stream<Path> xmlFilesIn(Path directory) {
        try {
            return Files.list(directory).filter(p -> p.toString().endsWith(".xml")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void isAValidToolkitDocument(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Inspection inspection = new DocumentInspector().inspect(file.toString(), in);
            assertEquals(java.util.List.of(), inspection.problems());
            assertTrue(inspection.valid());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedFiles")
    void isTheSameFileTheJarBundles(Path file) throws IOException {
        try (InputStream bundled = BundledContent.open(file.toString().replace('\\', '/'))) {
            assertEquals(
                    Files.readString(file),
                    new String(bundled.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
