package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.socaudit.model.Assessment;
import org.socaudit.model.Checklist;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.Response;
import org.socaudit.model.ScoreCard;
import org.socaudit.scoring.Scorer;
import org.socaudit.xml.BundledContent;

/**
 * A template filled in by openpyxl (see fill_with_openpyxl.py beside the fixture), read back and
 * scored, gives the figures worked out by hand.
 */
class FilledByOtherClientTest {

    @Test
    void scoresAsTheHandComputationDoes() throws Exception {
        Checklist checklist = BundledContent.checklist();
        FilledChecklist filled;
        try (InputStream in = getClass().getResourceAsStream("filled-by-openpyxl.xlsx")) {
            filled = new FilledChecklistReader().read("filled-by-openpyxl.xlsx", in, checklist);
        }
        Map<String, Response> answers = filled.responses().responses().stream()
                .collect(Collectors.toMap(Response::questionId, Function.identity()));

        assertEquals(Assessment.NEEDS_IMPROVEMENT, answers.get("procurement-b").assessment());
        assertEquals(LocalDate.of(2027, 3, 31), answers.get("procurement-b").targetDate(), "a real date cell");
        assertEquals(LocalDate.of(2027, 3, 31), answers.get("procurement-d").targetDate(), "a date typed as text");
        assertEquals(Assessment.ACCEPTABLE, answers.get("procurement-c").assessment(), "'  acceptable '");
        assertEquals(
                "=HYPERLINK(\"http://example.invalid\")",
                answers.get("insider-threat-a").actionTaken());

        ScoreCard card = new Scorer().score(checklist, filled.responses());

        // Procurement: Good 2 + NI 0 + Acceptable 1 + NI 0 + Good 2 = 5 of 10 = 50%, Acceptable.
        var procurement = card.sections().stream()
                .filter(s -> s.id().equals("procurement"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                0, new BigDecimal("50").compareTo(procurement.score().percent().orElseThrow()));
        assertEquals(Assessment.ACCEPTABLE, procurement.rating());
        // Insider threat a: Good = 100%. Overall 7 of 12 = 58.33%, Acceptable; 6 of 32 answered.
        assertEquals(
                0,
                new BigDecimal("58.3333")
                        .compareTo(card.overall().score().percent().orElseThrow()));
        assertEquals(Assessment.ACCEPTABLE, card.overall().rating());
        assertEquals(6, card.overall().score().answered());
        assertEquals(
                0, new BigDecimal("18.7500").compareTo(card.overall().score().coverage()));
        // 26 unanswered, three Good without evidence, procurement-d without an owner.
        assertEquals(30, card.qualityFlags().size());
    }
}
