package org.socaudit.screening;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The legal forms removed from a name before comparison, as sequences of folded tokens. */
final class LegalForms {

    /**
     * Forms removed from the end of a name, repeatedly ("Co., Ltd." loses both): English forms first,
     * then the foreign forms that turn up in sanctions and police lists.
     */
    private static final List<List<String>> TRAILING = forms(
            """
            Ltd, Limited, PLC, Public Limited Company, LLP, LP, LLC, Limited Liability Company, CIC, CIO,
            Co, Company, Inc, Incorporated, Corp, Corporation, Unlimited, GmbH,
            Gesellschaft mit beschränkter Haftung, AG, Aktiengesellschaft, KG, KGaA, SA, SARL, SAS, SE,
            SL, SpA, SRL, S.A. de C.V., BV, BVBA, NV, AB, AS, A/S, Oy, Oyj, Pty, Pte, Sp. z o.o., NA,
            JSC, OJSC, PJSC, CJSC, Joint Stock Company, Open Joint Stock Company,
            Closed Joint Stock Company, Public Joint Stock Company, OOO, OAO, ZAO, PAO,
            ООО, ОАО, ЗАО, ПАО, АО
            """);

    /**
     * Forms that some countries write before the name ("OAO Gazprom", "SRL Pro Traffic"). Short
     * English-looking forms such as CO, AO or PT are left out: "Co-op", "AO Smith" and "PT Fitness"
     * are names.
     */
    private static final List<List<String>> LEADING = forms(
            """
            LLC, Limited Liability Company, JSC, OJSC, PJSC, CJSC, Joint Stock Company,
            Open Joint Stock Company, Closed Joint Stock Company, Public Joint Stock Company,
            OOO, OAO, ZAO, PAO, SRL, Societatea cu Răspundere Limitată,
            ООО, ОАО, ЗАО, ПАО, АО, Общество с ограниченной ответственностью
            """);

    /** Where the name proper starts and ends once the legal forms at either end are removed. */
    record Span(int from, int to) {}

    private LegalForms() {}

    /** The part of the tokens left when legal forms are taken off both ends; never empty if tokens is not. */
    static Span strip(List<String> tokens) {
        int from = 0;
        int to = tokens.size();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> form : TRAILING) {
                if (to - from > form.size()
                        && tokens.subList(to - form.size(), to).equals(form)) {
                    to -= form.size();
                    // "Goldman Sachs & Co." would otherwise keep a dangling AND.
                    if (to - from > 1 && tokens.get(to - 1).equals("AND")) {
                        to--;
                    }
                    stripped = true;
                    break;
                }
            }
        }
        for (List<String> form : LEADING) {
            if (to - from > form.size()
                    && tokens.subList(from, from + form.size()).equals(form)) {
                from += form.size();
                break;
            }
        }
        return new Span(from, to);
    }

    /**
     * Folded as names are (so "S.A.R.L." and "beschränkter" compare as written), longest first so that
     * "Public Limited Company" goes before "Company" can.
     */
    private static List<List<String>> forms(String list) {
        return Stream.of(list.split(","))
                .map(form -> NameTokens.of(form.strip()).stream()
                        .map(NameTokens.Token::text)
                        .toList())
                .sorted(Comparator.comparingInt((List<String> form) -> form.size())
                        .reversed())
                .toList();
    }
}
