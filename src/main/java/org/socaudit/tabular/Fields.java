package org.socaudit.tabular;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads the fields that several readers share from a row, reporting what is wrong with them. */
final class Fields {

    private static final int SHOWN_LENGTH = 60;

    private Fields() {}

    /** The supplier name, or null after reporting that it is blank. */
    static String name(DataRow row) {
        String name = row.text(Role.SUPPLIER_NAME);
        if (name == null) {
            row.issue(Role.SUPPLIER_NAME, "no name; the row is left out");
        }
        return name;
    }

    /** The normalised company number; null when blank, or when implausible (reported; the row is kept). */
    static String companyNumber(DataRow row) {
        return companyNumber(row, CompanyNumbers::normalise);
    }

    /** As {@link #companyNumber(DataRow)}, normalising with the given function (which may remember). */
    static String companyNumber(DataRow row, Function<String, Optional<String>> normaliser) {
        String text = row.text(Role.COMPANY_NUMBER);
        if (text == null) {
            return null;
        }
        Optional<String> number = normaliser.apply(text);
        if (number.isEmpty() && hasDigit(text)) {
            row.issue(
                    Role.COMPANY_NUMBER, shown(text) + " is not a Companies House number; the row is kept without it");
        }
        return number.orElse(null);
    }

    static List<String> sicCodes(DataRow row) {
        return Codes.sic(row.text(Role.SIC_CODES));
    }

    static List<String> cpvCodes(DataRow row) {
        return Codes.cpv(row.text(Role.CPV_CODES));
    }

    /** Cell text quoted for a message, cut short when long. */
    static String shown(String text) {
        return "'" + (text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "..." : text) + "'";
    }

    // A placeholder such as "N/A" or "-" means no number, not a wrong one.
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
