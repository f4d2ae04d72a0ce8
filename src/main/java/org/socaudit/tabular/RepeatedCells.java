package org.socaudit.tabular;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A ledger repeats the same few services and categories, and each supplier's number, on line after
 * line: this hands back one shared copy of each such text, and each company number normalised once.
 * The screener then compares shared copies by identity. (Supplier names are not shared: there are
 * as many as suppliers, and looking each up again cost as much as it saved.) Bounded, so a file of
 * all-distinct cells cannot grow it without limit.
 */
final class RepeatedCells {

    /** Far above the distinct suppliers of any council's ledger. */
    static final int LIMIT = 1 << 18;

    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Optional<String>> numbers = new HashMap<>();

    /** The shared copy of the text (null stays null). */
    String shared(String text) {
        if (text == null) {
            return null;
        }
        String known = texts.putIfAbsent(text, text);
        if (known != null) {
            return known;
        }
        if (texts.size() > LIMIT) {
            texts.clear();
        }
        return text;
    }

    /** {@link CompanyNumbers#normalise} of the text, worked out once per distinct text. */
    Optional<String> companyNumber(String text) {
        Optional<String> number = numbers.get(text);
        if (number == null) {
            if (numbers.size() >= LIMIT) {
                numbers.clear();
            }
            number = CompanyNumbers.normalise(text).map(this::shared);
            numbers.put(text, number);
        }
        return number;
    }
}
