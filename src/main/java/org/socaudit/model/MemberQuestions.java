package org.socaudit.model;

import java.util.List;
import java.util.Objects;

/**
 * Questions councillors can put to the bodies they sit on or scrutinise, in sets by body, with an
 * introduction to the councillor's role (its title null when there is none) and lists of key ways
 * councillors can act.
 */
public record MemberQuestions(
        DocumentInfo info,
        String introductionTitle,
        List<String> introduction,
        List<KeyWays> ways,
        List<QuestionSet> sets) {

    public MemberQuestions {
        Objects.requireNonNull(info, "info");
        introduction = List.copyOf(introduction);
        ways = List.copyOf(ways);
        sets = List.copyOf(sets);
    }

    /** Every question, set by set. */
    public List<MemberQuestion> questions() {
        return sets.stream().flatMap(s -> s.questions().stream()).toList();
    }
}
