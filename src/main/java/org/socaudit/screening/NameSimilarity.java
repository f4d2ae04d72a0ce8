package org.socaudit.screening;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Scores two names in comparison form: the mean of a Jaro-Winkler similarity of the whole names and
 * a token-set measure.
 *
 * <p>The Jaro-Winkler part is the higher of the token-sorted names ("BANK FIRST INTERNATIONAL" meets
 * "FIRST INTERNATIONAL BANK") and the names as written (a name with an extra word at the end keeps
 * its common start). The token-set part pairs each token with at most one token of the other name,
 * best pairs first, when their Jaro-Winkler similarity is at least {@link #TOKEN_PAIR}, and is the
 * share of all the characters of both names that are paired, each pair weighted by its similarity
 * (a soft Dice coefficient): extra words lower it, misspelt words lower it a little. Names equal but
 * for spaces ("GOOD WILL", "GOODWILL") score 1.
 *
 * <p>Pairing tokens and Jaro-Winkler are quadratic in a name's length: callers compare names cut to
 * {@link NameNormaliser#MATCHED_CHARS} characters, which is what keeps them bounded.
 */
final class NameSimilarity {

    /** Tokens at least this alike (Jaro-Winkler) may pair: "INVIDIA" and "NVIDIA" (0.81) do. */
    static final double TOKEN_PAIR = 0.80;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** The score and the parts that explain it; allPaired says no token on either side was left over. */
    record Result(double score, double jaroWinkler, double tokenSet, boolean allPaired, boolean sameButSpaces) {}

    private static final Result SAME = new Result(1, 1, 1, true, false);
    private static final Result SAME_BUT_SPACES = new Result(1, 1, 1, true, true);
    private static final Result NOTHING = new Result(0, 0, 0, false, false);

    private NameSimilarity() {}

    /** Compares two names in comparison form. */
    static Result compare(NormalisedName a, NormalisedName b) {
        return compareAtLeast(a, b, 0);
    }

    /**
     * Compares two names in comparison form, or returns null as soon as the score is sure to fall
     * below the floor: most candidates the index finds are dismissed without the costlier steps.
     */
    static Result compareAtLeast(NormalisedName a, NormalisedName b, double floor) {
        if (a.tokens().isEmpty() || b.tokens().isEmpty()) {
            return floor > 0 ? null : NOTHING;
        }
        if (a.text().equals(b.text())) {
            return SAME;
        }
        if (a.compact().equals(b.compact())) {
            return SAME_BUT_SPACES;
        }
        Pairing pairing = pair(a, b);
        if ((1 + pairing.dice()) / 2 < floor) {
            return null;
        }
        boolean reordered = !a.sorted().equals(a.text()) || !b.sorted().equals(b.text());
        double most = Math.max(
                JaroWinklerBound.atMost(a.sorted(), a.letters(), b.sorted(), b.letters()),
                reordered ? JaroWinklerBound.atMost(a.text(), a.letters(), b.text(), b.letters()) : 0);
        if ((most + pairing.dice()) / 2 < floor) {
            return null;
        }
        double jaroWinkler = JARO_WINKLER.apply(a.sorted(), b.sorted());
        if (reordered) {
            jaroWinkler = Math.max(jaroWinkler, JARO_WINKLER.apply(a.text(), b.text()));
        }
        double score = (jaroWinkler + pairing.dice()) / 2;
        return new Result(score, jaroWinkler, pairing.dice(), pairing.allPaired(), false);
    }

    private record Pairing(double dice, boolean allPaired) {}

    private record Candidate(double similarity, int left, int right) {}

    /** Greedy one-to-one pairing, best first: for names of a handful of tokens this is as good as optimal. */
    private static Pairing pair(NormalisedName a, NormalisedName b) {
        List<String> left = a.tokens();
        List<String> right = b.tokens();
        boolean[] leftUsed = new boolean[left.size()];
        boolean[] rightUsed = new boolean[right.size()];
        double paired = 0;
        int pairs = 0;
        // Equal tokens first: nothing is more alike, so best-first would take them first anyway.
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                if (!rightUsed[j] && left.get(i).equals(right.get(j))) {
                    leftUsed[i] = true;
                    rightUsed[j] = true;
                    paired += 2 * left.get(i).length();
                    pairs++;
                    break;
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size() && !leftUsed[i]; j++) {
                if (!rightUsed[j] && mayPair(a, i, b, j)) {
                    double similarity = JARO_WINKLER.apply(left.get(i), right.get(j));
                    if (similarity >= TOKEN_PAIR) {
                        candidates.add(new Candidate(similarity, i, j));
                    }
                }
            }
        }
        candidates.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
        for (Candidate c : candidates) {
            if (!leftUsed[c.left()] && !rightUsed[c.right()]) {
                leftUsed[c.left()] = true;
                rightUsed[c.right()] = true;
                paired += c.similarity()
                        * (left.get(c.left()).length() + right.get(c.right()).length());
                pairs++;
            }
        }
        double dice = paired / (characters(left) + characters(right));
        return new Pairing(dice, pairs == left.size() && pairs == right.size());
    }

    /** False when two tokens cannot be alike enough to pair, judged from a cheap upper bound. */
    private static boolean mayPair(NormalisedName a, int i, NormalisedName b, int j) {
        return JaroWinklerBound.atMost(
                        a.tokens().get(i),
                        a.tokenLetters().get(i),
                        b.tokens().get(j),
                        b.tokenLetters().get(j))
                >= TOKEN_PAIR;
    }

    private static int characters(List<String> tokens) {
        int n = 0;
        for (String token : tokens) {
            n += token.length();
        }
        return n;
    }
}
