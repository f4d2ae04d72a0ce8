package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.socaudit.model.MatchBand;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.model.WatchlistMatch;

/**
 * Fuzzes name matching with Jazzer. The input's first byte says how many times to repeat the rest
 * (1 to 64, so names run far past the {@value NameNormaliser#MATCHED_CHARS} characters compared),
 * and its lines are the supplier's name, the watchlisted name and an alias. The property: matching
 * returns, within the timeout, matches whose scores lie between 0 and 1 and that show the supplier's
 * full name; any exception or a slow input is a finding.
 *
 * <p>A plain test run replays the seeds in {@code WatchlistMatcherFuzzTestInputs/<method>/}; with
 * JAZZER_FUZZ=1 (mvn -Pfuzz test) the method is fuzzed for its {@code maxDuration}.
 */
class WatchlistMatcherFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void matchesAnyNamesInBoundedTime(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int times = 1 + (input[0] & 0x3F);
        String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8).repeat(times);
        String[] lines = text.split("\n", -1);
        String supplier = lines[0];
        String watchlisted = lines.length > 1 && !lines[1].isBlank() ? lines[1] : "Acme Ltd";
        List<String> aliases = lines.length > 2 ? List.of(lines[2]) : List.of();

        List<WatchlistMatch> matches = new WatchlistMatcher(
                        List.of(new WatchlistEntry(watchlisted, null, aliases, "fuzz")))
                .match(supplier, null);

        for (WatchlistMatch match : matches) {
            assertEquals(supplier, match.supplierName());
            assertTrue(match.score() >= 0 && match.score() <= 1, match::toString);
            assertTrue(match.band() == MatchBand.STRONG || match.band() == MatchBand.REVIEW, match::toString);
        }
        double similarity = WatchlistMatcher.similarity(supplier, watchlisted);
        assertTrue(similarity >= 0 && similarity <= 1, () -> "similarity " + similarity);
    }
}
