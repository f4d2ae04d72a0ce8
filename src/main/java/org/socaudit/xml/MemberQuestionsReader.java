package org.socaudit.xml;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.KeyWays;
import org.socaudit.model.MemberQuestion;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.QuestionSet;

/**
 * Reads questions for members (member-questions-1.xsd) and checks that set, question and list ids
 * are unique, and set refs too, so no two questions show the same reference.
 */
public final class MemberQuestionsReader {

    /** Reads and checks a questions-for-members file; {@code sourceName} is how problems name the file. */
    public MemberQuestions read(String sourceName, InputStream in) throws InvalidInputException {
        MemberQuestionsXml xml =
                XmlDocumentParser.parse(sourceName, in, DocumentKind.MEMBER_QUESTIONS, MemberQuestionsXml.class);
        ContentChecks checks = new ContentChecks(sourceName);
        checkIds(xml, checks);
        checks.throwIfAny();
        return toModel(xml);
    }

    private static void checkIds(MemberQuestionsXml xml, ContentChecks checks) {
        xml.ways.forEach(w -> checks.claim("list id", w.id, w));
        for (MemberQuestionsXml.QuestionSet set : xml.sets) {
            checks.claim("question set id", set.id, set);
            checks.claim("question set ref", ContentChecks.text(set.ref), set);
            set.questions.forEach(q -> checks.claim("question id", q.id, q));
        }
    }

    private static MemberQuestions toModel(MemberQuestionsXml xml) {
        MemberQuestionsXml.Introduction introduction = xml.introduction;
        return new MemberQuestions(
                CommonXml.info(xml.id, xml.version, xml.title, xml.source),
                introduction == null ? null : ContentChecks.text(introduction.title),
                introduction == null ? List.of() : ContentChecks.texts(introduction.paragraphs),
                xml.ways.stream()
                        .map(w -> new KeyWays(
                                w.id,
                                ContentChecks.text(w.title),
                                ContentChecks.texts(w.lead),
                                ContentChecks.texts(w.items)))
                        .toList(),
                xml.sets.stream().map(MemberQuestionsReader::set).toList());
    }

    private static QuestionSet set(MemberQuestionsXml.QuestionSet xml) {
        String ref = ContentChecks.text(xml.ref);
        List<MemberQuestion> questions = new ArrayList<>();
        for (MemberQuestionsXml.Question question : xml.questions) {
            questions.add(new MemberQuestion(
                    question.id,
                    ref + " " + (questions.size() + 1),
                    ContentChecks.text(question.text),
                    ContentChecks.texts(question.items)));
        }
        return new QuestionSet(
                xml.id,
                ref,
                ContentChecks.text(xml.body),
                ContentChecks.text(xml.title),
                questions,
                xml.expectation == null ? List.of() : xml.expectation.toModel());
    }
}
