package org.socaudit.tabular;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The header texts councils use for each role, compared after {@link #normalise(String)}. */
final class HeaderAliases {

    private static final Map<Role, List<String>> ALIASES = new EnumMap<>(Map.of(
            Role.SUPPLIER_NAME,
            List.of(
                    "supplier name",
                    "supplier",
                    "beneficiary",
                    "beneficiary name",
                    "payee",
                    "payee name",
                    "vendor",
                    "vendor name",
                    "merchant",
                    "merchant name",
                    "creditor",
                    "creditor name",
                    "company name",
                    "name"),
            Role.AMOUNT,
            List.of(
                    "amount",
                    "net amount",
                    "value",
                    "net value",
                    "amount paid",
                    "total",
                    "gross amount",
                    "transaction amount",
                    "amount gbp",
                    "line amount"),
            Role.DATE,
            List.of(
                    "payment date",
                    "date paid",
                    "date",
                    "transaction date",
                    "paid date",
                    "date of payment",
                    "posting date"),
            Role.SERVICE,
            List.of(
                    "organisational unit",
                    "service label",
                    "directorate",
                    "service",
                    "department",
                    "service area",
                    "cost centre",
                    "cost centre name",
                    "service division",
                    "expenditure service"),
            Role.CATEGORY,
            List.of(
                    "expenditure category",
                    "expense type",
                    "category",
                    "expenditure type",
                    "purpose",
                    "expense area",
                    "proclass",
                    "proclass description",
                    "merchant category",
                    "account description",
                    "subjective description",
                    "expenditure code description"),
            Role.COMPANY_NUMBER,
            List.of(
                    "company number",
                    "company no",
                    "company registration number",
                    "companies house number",
                    "crn",
                    "registered number"),
            Role.CHARITY_NUMBER,
            List.of("charity number", "charity no", "registered charity number"),
            Role.SIC_CODES,
            List.of("sic codes", "sic code", "sic", "sic 2007", "nature of business"),
            Role.CPV_CODES,
            List.of("cpv codes", "cpv code", "cpv"),
            Role.ALIASES,
            List.of("aliases", "alias", "also known as", "aka", "other names")));

    private HeaderAliases() {}

    /** Lower case, every run of other than letters and digits as one space, trimmed; a BOM is dropped. */
    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        boolean pendingSpace = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** How well a normalised header names the role: 0 for its first alias, higher for later ones, -1 for none. */
    static int rank(Role role, String normalisedHeader) {
        return ALIASES.get(role).indexOf(normalisedHeader);
    }

    /** A few of the role's usual headers, for messages. */
    static String examples(Role role) {
        return ALIASES.get(role).stream().limit(4).collect(Collectors.joining(", "));
    }
}
