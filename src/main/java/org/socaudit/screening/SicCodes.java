package org.socaudit.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The UK SIC 2007 codes. A code outside this list (an old SIC 2003 code, or 99999 for a dormant
 * company) says nothing about what a supplier does, so it is reported as unknown, never as safe.
 */
final class SicCodes {

    /** Companies House's code for a dormant company. */
    static final String DORMANT = "99999";

    private static final Set<String> CODES = load();

    private SicCodes() {}

    /** Whether a code is a UK SIC 2007 code that describes an activity. */
    static boolean isKnownActivity(String code) {
        return CODES.contains(code) && !DORMANT.equals(code);
    }

    private static Set<String> load() {
        Set<String> codes = new HashSet<>();
        try (InputStream in = SicCodes.class.getResourceAsStream("uk-sic-2007-codes.txt")) {
            if (in == null) {
                throw new IllegalStateException("uk-sic-2007-codes.txt missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    codes.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
