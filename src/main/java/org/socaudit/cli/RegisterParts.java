package org.socaudit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Companies House publishes both bulk files split into numbered parts as well as whole
 * (BasicCompanyData-2026-11-01-part1_7.zip, psc-snapshot-2026-11-01_1of32.zip). Given only some
 * parts, the companies in the others would look dissolved ("not on the live register") and their
 * controllers absent, so a part whose siblings are missing is refused.
 */
final class RegisterParts {

    /** Basic Company Data's "part1_7" and the PSC snapshot's "_1of32". */
    private static final List<Pattern> PARTS = List.of(
            Pattern.compile("(?i)(-part)(\\d+)(_)(\\d+)(?=\\.)"), Pattern.compile("(?i)(_)(\\d+)(of)(\\d+)(?=\\.)"));

    private RegisterParts() {}

    /** Stops with a usage error if any part file given lacks a sibling part; {@code option} names the option. */
    static void requireAll(List<Path> files, String option) {
        // By the name with the part number set aside (and how many parts it says there are): the numbers given.
        Map<String, TreeSet<Integer>> given = new TreeMap<>();
        Map<String, Integer> of = new TreeMap<>();
        Map<String, String> example = new TreeMap<>();
        for (Path file : files) {
            Path name = file.getFileName();
            if (name == null) {
                continue;
            }
            for (Pattern pattern : PARTS) {
                Matcher m = pattern.matcher(name.toString());
                if (m.find()) {
                    int part = Integer.parseInt(m.group(2));
                    int total = Integer.parseInt(m.group(4));
                    // Without the extension: a part unzipped (.csv) and one still zipped (.zip) are one set.
                    String key = name.toString().substring(0, m.start(2)) + "*" + m.group(3) + m.group(4);
                    given.computeIfAbsent(key.toLowerCase(java.util.Locale.ROOT), k -> new TreeSet<>())
                            .add(part);
                    of.put(key.toLowerCase(java.util.Locale.ROOT), total);
                    example.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), name.toString());
                    break;
                }
            }
        }
        for (Map.Entry<String, TreeSet<Integer>> entry : given.entrySet()) {
            int total = of.get(entry.getKey());
            List<Integer> missing = IntStream.rangeClosed(1, total)
                    .filter(n -> !entry.getValue().contains(n))
                    .boxed()
                    .toList();
            if (!missing.isEmpty() && total > 0) {
                throw new UsageException(example.get(entry.getKey()) + " is one of " + total
                        + " parts: give " + option + " once for each part (missing: part"
                        + (missing.size() == 1 ? " " : "s ")
                        + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "); without them, the companies in the missing parts would look dissolved");
            }
        }
    }
}
