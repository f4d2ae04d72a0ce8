package org.socaudit.xml;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The most of each part a toolkit document may hold, counted as the document streams past before
 * it is validated. Every limit is many times what the shipped content and any real council's need
 * (the shipped checklist has 32 questions, the audit template 67 and 52 services, the sectors file
 * 249 keywords, the questions for members 56 questions in 7 sets), and low enough that no command
 * needs more than its usual memory or time: a checklist of 100,000 questions needed 4 GB to make a
 * workbook. A schema cannot say these (a count across the whole document, or one per parent, is
 * not what maxOccurs counts), so they are checked here, and the schemas' documentation names them.
 */
final class ContentLimits {

    /** No document may hold more elements than this, whatever they are. */
    static final int MAX_ELEMENTS = 25_000;

    /**
     * At most {@code max} elements named {@code element} in the whole document, or in each {@code
     * within} element when that is given; {@code what} names them in the message.
     */
    record Limit(String element, String within, int max, String what) {}

    private static final Map<DocumentKind, List<Limit>> LIMITS = Map.of(
            DocumentKind.CHECKLIST,
            List.of(
                    new Limit("group", null, 20, "groups"),
                    new Limit("section", null, 100, "sections"),
                    new Limit("question", null, 500, "questions")),
            DocumentKind.AUDIT_TEMPLATE,
            List.of(
                    new Limit("question", null, 500, "questions"),
                    new Limit("area", null, 50, "areas"),
                    new Limit("topic", null, 200, "topics"),
                    new Limit("directorate", null, 50, "directorates"),
                    new Limit("service", null, 500, "services"),
                    new Limit("policy", null, 200, "policies")),
            DocumentKind.SECTORS,
            List.of(
                    new Limit("sector", null, 100, "sectors"),
                    // Each keyword is searched for in every name and category: a review found 10,000
                    // keywords made screening ten times slower, so the limits stay near the need.
                    new Limit("keyword", "sector", 500, "keywords"),
                    new Limit("keyword", null, 2_000, "keywords")),
            DocumentKind.RESPONSES,
            List.of(new Limit("response", null, 500, "responses")),
            DocumentKind.MEMBER_QUESTIONS,
            List.of(
                    new Limit("questionSet", null, 50, "question sets"),
                    new Limit("question", null, 500, "questions"),
                    new Limit("ways", null, 20, "lists"),
                    new Limit("item", null, 2_000, "list items")));

    private static final Map<DocumentKind, String> DOCUMENTS = Map.of(
            DocumentKind.CHECKLIST, "a checklist",
            DocumentKind.AUDIT_TEMPLATE, "an audit template",
            DocumentKind.SECTORS, "a sectors file",
            DocumentKind.RESPONSES, "a responses file",
            DocumentKind.MEMBER_QUESTIONS, "a questions-for-members file");

    private ContentLimits() {}

    /** The limits of one kind of document, for documentation and tests. */
    static List<Limit> of(DocumentKind kind) {
        return LIMITS.get(kind);
    }

    /** Counts one document's elements against its kind's limits. */
    static final class Counter {
        private final DocumentKind kind;
        private final List<Limit> limits;
        private final Map<Limit, Integer> counts = new HashMap<>();
        private final Map<String, String> parentIds = new HashMap<>();
        private int elements;

        Counter(DocumentKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.limits = LIMITS.get(kind);
        }

        /**
         * Counts an element starting, with its id attribute (or null); returns the message for the
         * first limit it goes over, or null.
         */
        String start(String element, String id) {
            if (++elements > MAX_ELEMENTS) {
                return "more than " + number(MAX_ELEMENTS) + " elements; " + DOCUMENTS.get(kind) + " may hold at most "
                        + number(MAX_ELEMENTS) + " (the toolkit's limit)";
            }
            for (Limit limit : limits) {
                if (element.equals(limit.within())) {
                    counts.remove(limit);
                    parentIds.put(element, id);
                } else if (element.equals(limit.element())) {
                    int count = counts.merge(limit, 1, Integer::sum);
                    if (count > limit.max()) {
                        return message(limit);
                    }
                }
            }
            return null;
        }

        private String message(Limit limit) {
            String max = number(limit.max()) + " " + limit.what();
            if (limit.within() == null) {
                return "more than " + max + "; " + DOCUMENTS.get(kind) + " may hold at most " + max
                        + " (the toolkit's limit)";
            }
            return limit.within() + " '" + parentIds.get(limit.within()) + "' has more than " + max + "; a "
                    + limit.within() + " may hold at most " + max + " (the toolkit's limit)";
        }

        private static String number(int n) {
            return String.format(java.util.Locale.ROOT, "%,d", n);
        }
    }
}
