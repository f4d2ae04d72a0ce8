package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of name normalisation over random supplier-like names: each seed builds a name from
 * words, legal forms, punctuation, accents and spacing that council ledgers contain, so a failure
 * names its seed and replays exactly.
 */
class NameNormaliserPropertiesTest {

    private static final int BLOCKS = 20;
    private static final int SEEDS_PER_BLOCK = 200;

    private static final String[] PIECES = {
        "smith",
        "Smith",
        "SMITH",
        "and",
        "&",
        "+",
        "sons",
        "the",
        "The",
        "ltd",
        "Ltd.",
        "LIMITED",
        "plc",
        "llp",
        "cic",
        "co",
        "Co.",
        "company",
        "inc",
        "corp",
        "gmbh",
        "t/a",
        "T/AS",
        "trading as",
        "(",
        ")",
        "'",
        "’",
        ",",
        ".",
        "-",
        "/",
        "A.B.C.",
        "1st",
        "intl",
        "bros",
        "café",
        "Zoë",
        "CRÈME",
        "Ærø",
        "naïve",
        "o'neill",
        "st.",
        "42",
        "2026",
        "skip",
        "hire",
        "taxis",
        "\u00a0",
        "\t",
        "  "
    };

    /** Blocks of seeds, so that thousands of names do not make thousands of test results. */
    static Stream<Integer> blocks() {
        return IntStream.range(0, BLOCKS).boxed();
    }

    @ParameterizedTest(name = "seed block {0}")
    @MethodSource("blocks")
    void normalisingTwiceChangesNothing(int block) {
        for (int seed = block * SEEDS_PER_BLOCK; seed < (block + 1) * SEEDS_PER_BLOCK; seed++) {
            String name = randomName(new Random(seed));
            String once = NameNormaliser.normalise(name);

            int at = seed;
            assertEquals(once, NameNormaliser.normalise(once), () -> "seed " + at + ", name [" + name + "]");
        }
    }

    @ParameterizedTest(name = "seed block {0}")
    @MethodSource("blocks")
    void caseDoesNotMatter(int block) {
        for (int seed = block * SEEDS_PER_BLOCK; seed < (block + 1) * SEEDS_PER_BLOCK; seed++) {
            String name = randomName(new Random(seed));
            String normalised = NameNormaliser.normalise(name);

            int at = seed;
            assertEquals(
                    normalised,
                    NameNormaliser.normalise(name.toUpperCase(Locale.ROOT)),
                    () -> "seed " + at + ", name [" + name + "]");
            assertEquals(
                    normalised,
                    NameNormaliser.normalise(name.toLowerCase(Locale.ROOT)),
                    () -> "seed " + at + ", name [" + name + "]");
        }
    }

    private static String randomName(Random random) {
        StringBuilder name = new StringBuilder();
        int pieces = 1 + random.nextInt(7);
        for (int i = 0; i < pieces; i++) {
            if (name.length() > 0 && random.nextInt(3) != 0) {
                name.append(' ');
            }
            name.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return name.toString();
    }
}
