package org.socaudit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.socaudit.model.Checklist;
import org.socaudit.model.Comparison;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InputFile;
import org.socaudit.model.RunInfo;
import org.socaudit.model.ScoreCard;
import org.socaudit.model.ScoredChecklist;
import org.socaudit.scoring.Comparer;
import org.socaudit.scoring.Scorer;

/** The scoring pipeline shared by {@code score} and {@code demo}: score, compare, record the run. */
final class Scoring {

    private Scoring() {}

    /** Scores answers and compares them with an earlier year's, when given. */
    static ScoredChecklist score(
            Checklist checklist, FilledChecklist current, FilledChecklist previous, List<InputFile> inputs) {
        ScoreCard card = new Scorer().score(checklist, current.responses());
        Comparison comparison = previous == null
                ? null
                : new Comparer().compare(checklist, card, previous.responses(), new HashSet<>(previous.questionIds()));
        RunInfo run = new RunInfo(VersionProvider.version(), LocalDateTime.now().withNano(0), inputs);
        return new ScoredChecklist(checklist, current.responses(), card, comparison, run);
    }

    /** Records each named input file with its SHA-256. */
    static List<InputFile> describe(List<String> roles, List<Path> files) throws IOException {
        List<InputFile> inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) != null) {
                inputs.add(new InputFile(roles.get(i), files.get(i).toString(), Checksums.sha256(files.get(i))));
            }
        }
        return inputs;
    }
}
