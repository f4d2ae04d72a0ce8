package org.socaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version, build time and commit Maven wrote into the jar. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties properties = load();
        return new String[] {
            "soc-audit " + properties.getProperty("version", "unknown"),
            "build " + properties.getProperty("build", "unknown") + ", commit " + commit(properties),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The commit the jar was built from, marked when the checkout had uncommitted changes. */
    private static String commit(Properties properties) {
        String commit = properties.getProperty("commit", "");
        if (commit.isBlank() || commit.startsWith("${")) {
            return "unknown";
        }
        return "true".equals(properties.getProperty("dirty")) ? commit + " (with local changes)" : commit;
    }

    /** The toolkit version alone, for reports. */
    static String version() {
        return load().getProperty("version", "unknown");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Without the file the version is reported as unknown.
        }
        return properties;
    }
}
