package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerBoundTest {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private static double bound(String a, String b) {
        return JaroWinklerBound.atMost(a, JaroWinklerBound.letters(a), b, JaroWinklerBound.letters(b));
    }

    @Test
    void neverFallsBelowTheRealMeasure() {
        // The early exits in scoring are only safe if this holds for every pair.
        Random random = new Random(11);
        String alphabet = "ABCDE FGH";
        for (int n = 0; n < 100_000; n++) {
            String a = word(random, alphabet);
            String b = random.nextInt(3) == 0 ? mutate(random, a, alphabet) : word(random, alphabet);
            double real = JARO_WINKLER.apply(a, b);
            assertTrue(bound(a, b) >= real - 1e-12, () -> a + " ~ " + b);
        }
    }

    @ParameterizedTest
    @CsvSource({"CLEANING, PLUMBING", "SMITH, JONES", "TAXIS, BUILDERS"})
    void ruleOutUnrelatedTokens(String a, String b) {
        assertTrue(bound(a, b) < NameSimilarity.TOKEN_PAIR);
    }

    private static String word(Random random, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }

    private static String mutate(Random random, String word, String alphabet) {
        StringBuilder mutated = new StringBuilder(word);
        int at = random.nextInt(mutated.length());
        mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        return mutated.toString();
    }
}
