package org.socaudit.tabular;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The workbook's shared strings as plain text. POI's read-only table builds a rich-text object for
 * every cell that refers to a string, which made reading a ledger several times slower; this builds
 * one per distinct string, the first time a cell refers to it.
 */
final class PlainSharedStrings implements SharedStrings {

    private final SharedStrings table;
    private final List<RichTextString> plain = new ArrayList<>();

    PlainSharedStrings(SharedStrings table) {
        this.table = table;
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= plain.size() && !exists(index)) {
            // Checked before the cache grows: a damaged cell must not make it billions of entries long.
            throw new IllegalArgumentException(
                    "a cell refers to shared text number " + index + ", which the workbook does not have");
        }
        while (plain.size() <= index) {
            plain.add(null);
        }
        RichTextString text = plain.get(index);
        if (text == null) {
            text = new Plain(table.getItemAt(index).getString());
            plain.set(index, text);
        }
        return text;
    }

    private boolean exists(int index) {
        try {
            table.getItemAt(index);
            return true;
        } catch (RuntimeException e) {
            // POI says "out of bounds" in more than one way, one of which lists every string.
            return false;
        }
    }

    @Override
    public int getCount() {
        return table.getCount();
    }

    @Override
    public int getUniqueCount() {
        return table.getUniqueCount();
    }

    /** Text without formatting runs; the sheet handler only asks for the string. */
    private record Plain(String text) implements RichTextString {

        @Override
        public String getString() {
            return text;
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException("read-only text");
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException("read-only text");
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException("read-only text");
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException("read-only text");
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException("read-only text");
        }
    }
}
