package org.socaudit.tabular;

import java.util.Optional;
import java.util.Set;

/** Companies House registration numbers in the one form the register uses, so that equal numbers compare equal. */
public final class CompanyNumbers {

    private static final int LENGTH = 8;
    private static final String OPEN_DATA_PREFIX = "GBCOH";
    // Companies House prefixes: Scotland, Northern Ireland, LLPs, partnerships, societies, charities,
    // overseas and royal charter bodies ("R0" is Northern Ireland before 1922).
    private static final Set<String> PREFIXES = Set.of(
            "AC", "BR", "CE", "CS", "FC", "FE", "GE", "GN", "GS", "IC", "IP", "LP", "NA", "NC", "NF", "NI", "NL", "NO",
            "NP", "NR", "NV", "NZ", "OC", "OE", "PC", "R0", "RC", "RS", "SA", "SC", "SE", "SF", "SG", "SI", "SL", "SO",
            "SP", "SR", "SZ", "ZC");

    private CompanyNumbers() {}

    /**
     * The number as 8 characters (digits zero-padded, a known 2-character prefix kept in upper case),
     * with any {@code GB-COH-} prefix, spaces and punctuation removed; empty if not a plausible number.
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = compact(withoutDecimalZeros(raw.trim()));
        if (compact.startsWith(OPEN_DATA_PREFIX)) {
            compact = compact.substring(OPEN_DATA_PREFIX.length());
        }
        if (compact.length() >= 2 && PREFIXES.contains(compact.substring(0, 2))) {
            return padded(compact.substring(0, 2), compact.substring(2));
        }
        return padded("", compact);
    }

    private static Optional<String> padded(String prefix, String digits) {
        int width = LENGTH - prefix.length();
        if (digits.isEmpty() || digits.length() > width || !allDigits(digits) || isZero(digits)) {
            return Optional.empty();
        }
        return Optional.of(prefix + "0".repeat(width - digits.length()) + digits);
    }

    /** Upper-case letters and digits only. */
    private static String compact(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                out.append(c);
            } else if (c >= 'a' && c <= 'z') {
                out.append((char) (c - 'a' + 'A'));
            }
        }
        return out.toString();
    }

    /** "1234567.0" as a spreadsheet exported a number becomes "1234567", not "12345670". */
    private static String withoutDecimalZeros(String raw) {
        int point = raw.lastIndexOf('.');
        if (point <= 0 || point == raw.length() - 1) {
            return raw;
        }
        for (int i = point + 1; i < raw.length(); i++) {
            if (raw.charAt(i) != '0') {
                return raw;
            }
        }
        return allDigits(raw.substring(0, point)) ? raw.substring(0, point) : raw;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
