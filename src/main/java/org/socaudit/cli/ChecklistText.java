package org.socaudit.cli;

import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistGroup;
import org.socaudit.model.Question;
import org.socaudit.model.RatingThreshold;
import org.socaudit.model.Section;

/** The checklist as text: guidance, scale, then every question by group and section. */
final class ChecklistText {

    private final PlainText out;

    ChecklistText(PlainText out) {
        this.out = out;
    }

    void print(Checklist checklist) {
        out.line(checklist.info().title() + " (" + checklist.info().id() + ", version "
                + checklist.info().version() + ")");
        out.line("Source: " + checklist.info().source().citation());
        out.heading("How to use it", '-');
        out.paragraphs(checklist.guidance().howToUse());
        out.heading("Assessment scale", '-');
        for (Assessment level : Assessment.values()) {
            out.line("  " + checklist.scale().label(level) + ": "
                    + checklist.scale().points(level) + " points");
        }
        String lowest = "";
        for (RatingThreshold threshold : checklist.scale().thresholds()) {
            String label = checklist.scale().label(threshold.rating());
            if (threshold.minPercent().signum() > 0) {
                out.line("  Rated " + label + " at " + threshold.minPercent().toPlainString() + "% and above");
                lowest = threshold.minPercent().toPlainString();
            } else {
                out.line("  Rated " + label + " below " + lowest + "%");
            }
        }
        for (ChecklistGroup group : checklist.groups()) {
            out.heading(group.title().toUpperCase(java.util.Locale.ROOT), '=');
            for (Section section : group.sections()) {
                out.heading(section.heading(), '-');
                for (Question question : section.questions()) {
                    out.labelled(String.format("  %-3s", question.letter() + "."), question.text());
                    question.items().forEach(item -> out.labelled("        - ", item));
                }
            }
        }
        out.line("");
        out.line(checklist.questions().size() + " questions in "
                + checklist.sections().size() + " sections.");
    }
}
