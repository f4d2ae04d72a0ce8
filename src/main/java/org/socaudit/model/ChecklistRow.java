package org.socaudit.model;

import java.util.Locale;
import java.util.Objects;

/** One question in its place in a checklist: its group, section and a short reference such as "GS 4b". */
public record ChecklistRow(ChecklistGroup group, Section section, Question question) {

    public ChecklistRow {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(question, "question");
    }

    /**
     * A short reference unique within the checklist: the group's initials, the section number and the
     * question letter, such as "GS 4b" for Governance and Strategy, section 4, question b.
     */
    public String ref() {
        StringBuilder initials = new StringBuilder();
        for (String word : group.title().split("[\\s/]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        String prefix = initials.length() == 0 ? group.id().toUpperCase(Locale.ROOT) : initials.toString();
        String number = section.number() == null ? "" : section.number().toString();
        return prefix + " " + number + question.letter();
    }
}
