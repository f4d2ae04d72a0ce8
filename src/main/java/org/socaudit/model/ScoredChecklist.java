package org.socaudit.model;

import java.util.Objects;
import java.util.Optional;

/** Everything the scored workbook shows: the checklist, the answers, their scores and the comparison. */
public record ScoredChecklist(
        Checklist checklist, ChecklistResponses responses, ScoreCard scoreCard, Comparison comparison, RunInfo run) {

    public ScoredChecklist {
        Objects.requireNonNull(checklist, "checklist");
        Objects.requireNonNull(responses, "responses");
        Objects.requireNonNull(scoreCard, "scoreCard");
        Objects.requireNonNull(run, "run");
    }

    /** The comparison with an earlier assessment, when one was given. */
    public Optional<Comparison> comparisonIfAny() {
        return Optional.ofNullable(comparison);
    }
}
