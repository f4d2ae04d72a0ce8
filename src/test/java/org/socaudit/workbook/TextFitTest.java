package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFitTest {

    @Test
    void capitalsInBoldTakeMoreRoomThanTheSameNumberOfSmallLetters() {
        // Rendered by LibreOffice in a 32-character bold column, this name wraps onto a second line.
        assertEquals(2, TextFit.lines("NIGHTWATCH EVENT SECURITY LIMITED", 32, true));
        assertEquals(1, TextFit.lines("Nightwatch event security limited", 32, false));
        assertEquals(2, TextFit.lines("Northbridge Scrap & Metal Recycling Ltd", 32, true));
        assertEquals(1, TextFit.lines("Strong", 9, true));
    }

    @Test
    void everyParagraphTakesALineEvenWhenEmpty() {
        assertEquals(1, TextFit.lines("", 20, false));
        assertEquals(3, TextFit.lines("a\n\nb", 20, false));
        assertEquals(2, TextFit.lines("Review same-day payments.\n", 40, false));
    }

    @Test
    void wrapsAWordAtATimeAndBreaksAWordWiderThanTheColumn() {
        // Two words that each fill most of a line cannot share one.
        assertEquals(2, TextFit.lines("AAAAAAAAA AAAAAAAAA", 12, false));
        assertEquals(1, TextFit.lines("AAAA AAAA", 12, false));
        // 60 capitals, each about a digit wide, in a column 10 digits wide.
        int lines = TextFit.lines("A".repeat(60), 10, false);
        assertTrue(lines >= 6 && lines <= 8, "lines " + lines);
    }

    @Test
    void moreTextNeverTakesFewerLines() {
        Random random = new Random(20261125);
        String alphabet = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,&'-";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int width = 5 + random.nextInt(60);
            boolean bold = random.nextBoolean();
            int before = 1;
            for (int n = 0; n < 120; n++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                int now = TextFit.lines(text.toString(), width, bold);
                assertTrue(now >= before, "'" + text + "' in " + width + ": " + now + " after " + before);
                before = now;
            }
        }
    }
}
