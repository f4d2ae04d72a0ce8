package org.socaudit.screening;

import java.util.ArrayList;
import java.util.List;

/** Words for why a supplier matched a watchlist entry, for the person who reviews the match. */
final class MatchReasons {

    private MatchReasons() {}

    /** The reason for a company number match. */
    static String sameCompanyNumber(String number) {
        return "same company number " + number;
    }

    /**
     * The name evidence: how alike, which names, which legal forms were set aside, any cap, and
     * whether only the start of a very long supplier name was compared.
     */
    static String names(NameMatch m, boolean supplierNameCut) {
        List<String> parts = new ArrayList<>();
        parts.add(alike(m.similarity()) + ": '" + m.supplier().text() + "' ~ '"
                + m.candidate().name().text() + "'");
        if (m.supplierRole() != null || !m.candidate().role().equals(WatchlistIndex.NAME)) {
            String role = m.supplierRole() == null ? "name" : m.supplierRole();
            parts.add(role + " '" + m.supplier().raw() + "' matches "
                    + m.candidate().role() + " '" + m.candidate().raw() + "'");
        }
        List<String> forms = new ArrayList<>();
        addForm(forms, m.supplier().legalForm());
        addForm(forms, m.candidate().name().legalForm());
        if (!forms.isEmpty()) {
            parts.add((forms.size() == 1 ? "legal form " : "legal forms ") + String.join(" and ", forms) + " ignored");
        }
        if (m.shortName()) {
            parts.add("name of three characters or fewer: review at most");
        }
        if (m.otherNumber() != null) {
            parts.add("company numbers differ (" + m.supplierNumber() + ", " + m.otherNumber() + "): review at most");
        }
        if (supplierNameCut) {
            parts.add("only the first " + NameNormaliser.MATCHED_CHARS + " characters of the supplier's name compared");
        }
        return String.join("; ", parts);
    }

    private static String alike(NameSimilarity.Result r) {
        if (r.score() == 1 && r.sameButSpaces()) {
            return "same name but for spaces";
        }
        if (r.score() == 1) {
            return "same name once normalised";
        }
        return "names alike (Jaro-Winkler " + twoPlaces(r.jaroWinkler()) + ", token set " + twoPlaces(r.tokenSet())
                + ")";
    }

    /** As String.format("%.2f") would, at a fraction of the cost (a long review queue has many reasons). */
    static String twoPlaces(double x) {
        long hundredths = Math.round(x * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    private static void addForm(List<String> forms, String form) {
        String quoted = "'" + form + "'";
        if (!form.isEmpty() && !forms.contains(quoted)) {
            forms.add(quoted);
        }
    }
}
