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
        // 60 capitals of 8.5 pixels in a column 10 digits (70 pixels, 65 of them for text): 7 to a line.
        assertEquals(9, TextFit.lines("A".repeat(60), 10, false));
    }

    @Test
    void aWordWiderThanTheColumnBreaksBetweenWholeCharacters() {
        // 65 capitals are 552 pixels, under 8.5 lines' worth, but a line holds whole characters only:
        // 7 to a line makes 10 lines. (LibreOffice, whose column is a little wider, shows 9 where the
        // width alone would give 8.)
        assertEquals(10, TextFit.lines("A".repeat(65), 10, false));
        assertEquals(11, TextFit.lines("Ltd " + "A".repeat(65), 10, false));
    }

    @Test
    void theColumnsPaddingIsPartOfItsWidth() {
        // A column 18 wide is 126 pixels, 5 of them padding; "Needs improvement" in bold is 124.6.
        assertEquals(2, TextFit.lines("Needs improvement", 18, true));
        assertEquals(1, TextFit.lines("Needs improvement", 19, true));
    }

    @Test
    void everySpaceOfARunTakesRoomButNotWhereTheLineBreaks() {
        assertEquals(1, TextFit.lines("ACME LTD", 12, false));
        assertEquals(2, TextFit.lines("ACME" + " ".repeat(30) + "LTD", 12, false));
        assertEquals(1, TextFit.lines("ACME LTD" + " ".repeat(30), 12, false));
    }

    @Test
    void lettersOutsideAsciiTakeTheirBaseLettersRoomOrAnEm() {
        assertEquals(
                TextFit.lines("Cafe Societe Generale", 12, false), TextFit.lines("Café Société Générale", 12, false));
        assertEquals(TextFit.lines("Cafe", 3, true), TextFit.lines("Cafe\u0301", 3, true));
        // Wide Cyrillic capitals: LibreOffice wraps these onto a second line in a bold column 32 wide.
        assertEquals(2, TextFit.lines("\u0428\u0429\u0416\u042E".repeat(5), 32, true));
        // Sixteen Chinese characters of an em each (14.7 pixels) do not fit in 219 pixels.
        assertEquals(2, TextFit.lines("\u5317\u4EAC\u534E\u4E3A\u6280\u672F\u6709\u9650".repeat(2), 32, false));
        // A character outside the BMP is one character, not two.
        assertEquals(1, TextFit.lines("\uD83D\uDE00".repeat(14), 32, false));
    }

    @Test
    void oddTextTakesAtLeastALineAndEnds() {
        assertEquals(1, TextFit.lines("     ", 5, false));
        assertEquals(4, TextFit.lines("\n\n\n", 5, false));
        assertEquals(1, TextFit.lines("x", 0, true));
        assertEquals(2, TextFit.lines("\r\n", 5, false));
        assertTrue(TextFit.lines("W".repeat(100_000), 1, true) >= 100_000);
    }

    @Test
    void moreTextNeverTakesFewerLines() {
        Random random = new Random(20261125);
        String alphabet =
                "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,&'-  \u00E9\u0301\u0429\u4E2D\n";
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
