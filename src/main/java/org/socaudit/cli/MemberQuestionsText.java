package org.socaudit.cli;

import org.socaudit.model.KeyWays;
import org.socaudit.model.MemberQuestion;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.QuestionSet;

/** The questions for members as text: the councillor's role, the key ways to act, then the questions by body. */
final class MemberQuestionsText {

    private final PlainText out;

    MemberQuestionsText(PlainText out) {
        this.out = out;
    }

    void print(MemberQuestions questions) {
        out.line(questions.info().title() + " (" + questions.info().id() + ", version "
                + questions.info().version() + ")");
        out.line("Source: " + questions.info().source().citation());
        if (questions.introductionTitle() != null) {
            out.heading(questions.introductionTitle(), '-');
            out.paragraphs(questions.introduction());
        }
        for (KeyWays ways : questions.ways()) {
            out.heading(ways.title(), '-');
            out.paragraphs(ways.lead());
            ways.items().forEach(item -> out.labelled("  - ", item));
        }
        out.heading("QUESTIONS BY BODY", '=');
        for (QuestionSet set : questions.sets()) {
            out.heading(set.title() + " [" + set.ref() + "]", '-');
            for (MemberQuestion question : set.questions()) {
                out.labelled(String.format("  %-8s", question.ref()), question.text());
                question.items().forEach(item -> out.labelled("            - ", item));
            }
            set.expectations().forEach(expectation -> out.labelled("  Expect: ", expectation));
        }
        out.line("");
        out.line(questions.questions().size() + " questions for "
                + questions.sets().size() + " bodies.");
    }
}
