package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings as plain text, read with bounds: a workbook made to exhaust memory
 * (millions of distinct strings, or one enormous one) is refused with a message naming the limit.
 * POI's read-only table has no such bounds, and builds a rich-text object for every cell that
 * refers to a string, which made reading a ledger several times slower; this builds one per
 * distinct string, the first time a cell refers to it.
 */
final class PlainSharedStrings implements SharedStrings {

    /** The most distinct strings: twice the rows of the fullest sheet Excel can hold. */
    static final int MAX_STRINGS = 2_000_000;

    /** The most characters all the strings may hold together, 64 M; a real ledger's are a small part of it. */
    static final long MAX_CHARS = 64L << 20;

    /** The most characters one string may hold, the same as one CSV row. */
    static final long MAX_STRING_CHARS = CsvTable.MAX_RECORD_CHARS;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final List<String> texts;
    private final List<RichTextString> plain = new ArrayList<>();

    private PlainSharedStrings(List<String> texts) {
        this.texts = texts;
    }

    /** Reads the workbook's shared strings, if it has any; refuses, naming the file, past a bound. */
    static PlainSharedStrings read(OPCPackage workbook, String file)
            throws IOException, SAXException, ParserConfigurationException, InvalidInputException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new PlainSharedStrings(List.of());
        }
        Parser parser = new Parser(file);
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(parser);
        try (InputStream in = parts.get(0).getInputStream()) {
            reader.parse(new InputSource(in));
        } catch (XlsxRowCollector.Stop stop) {
            throw stop.problem();
        }
        return new PlainSharedStrings(parser.texts);
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= texts.size()) {
            throw new IllegalArgumentException(
                    "a cell refers to shared text number " + index + ", which the workbook does not have");
        }
        while (plain.size() <= index) {
            plain.add(null);
        }
        RichTextString text = plain.get(index);
        if (text == null) {
            text = new Plain(texts.get(index));
            plain.set(index, text);
        }
        return text;
    }

    @Override
    public int getCount() {
        return texts.size();
    }

    @Override
    public int getUniqueCount() {
        return texts.size();
    }

    /** The text of each {@code <si>}: its {@code <t>} runs, without phonetic guides ({@code <rPh>}), as POI reads it. */
    private static final class Parser extends DefaultHandler {
        private final String file;
        private final List<String> texts = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inT;
        private boolean inPhonetic;
        private long total;

        Parser(String file) {
            this.file = file;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inT = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // Formatting runs and their properties hold no text.
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!MAIN_NS.equals(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> {
                    if (texts.size() == MAX_STRINGS) {
                        throw refuse("holds more than " + String.format(Locale.ROOT, "%,d", MAX_STRINGS)
                                + " distinct texts, more than any real ledger");
                    }
                    texts.add(text.toString());
                }
                case "t" -> inT = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                    // Nothing to close.
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inT || inPhonetic) {
                return;
            }
            total += length;
            if (text.length() + length > MAX_STRING_CHARS) {
                throw refuse("its text number " + texts.size() + " is longer than "
                        + String.format(Locale.ROOT, "%,d", MAX_STRING_CHARS) + " characters, more than any real cell");
            }
            if (total > MAX_CHARS) {
                throw refuse("its texts hold more than " + String.format(Locale.ROOT, "%,d", MAX_CHARS)
                        + " characters together, more than any real ledger");
            }
            text.append(ch, start, length);
        }

        private XlsxRowCollector.Stop refuse(String what) {
            return new XlsxRowCollector.Stop(new InvalidInputException(Problem.inFile(
                    file,
                    "the workbook's shared text table (xl/sharedStrings.xml) " + what
                            + "; the file was not read. Save the ledger sheet as CSV and read that")));
        }
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
