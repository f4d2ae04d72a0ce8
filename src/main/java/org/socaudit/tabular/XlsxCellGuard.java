package org.socaudit.tabular;

import java.util.Locale;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Stands between the XML parser and POI's sheet handler, which buffers each cell whole and reads a
 * formula cell without a stored result as its formula text: refuses a row whose text passes
 * {@link #MAX_ROW_CHARS} before POI buffers it, and a formula Excel never calculated, at its cell: one
 * with no stored result, or with an empty {@code <v>} where the result is not text (Excel stores an
 * empty text result, {@code t="str"}, as an empty {@code <v>}; an empty number is no result).
 */
final class XlsxCellGuard implements ContentHandler {

    /** The most characters a sheet row may hold, the same as one CSV row. */
    static final long MAX_ROW_CHARS = CsvTable.MAX_RECORD_CHARS;

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final ContentHandler sheet;
    private final String file;
    private final String sheetName;
    private long rowChars;
    private String cell;
    private boolean formula;
    private boolean result;
    // Whether the cell's result is text (t="str"), which may be empty; and whether a <v> is open.
    private boolean textResult;
    private boolean inValue;

    XlsxCellGuard(ContentHandler sheet, String file, String sheetName) {
        this.sheet = sheet;
        this.file = file;
        this.sheetName = sheetName;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (MAIN_NS.equals(uri)) {
            switch (localName) {
                case "row" -> rowChars = 0;
                case "c" -> {
                    cell = atts.getValue("r");
                    formula = false;
                    result = false;
                    textResult = "str".equals(atts.getValue("t"));
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    result |= textResult;
                }
                case "is" -> result = true;
                default -> {
                    // Other elements change nothing here.
                }
            }
        }
        sheet.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (MAIN_NS.equals(uri) && localName.equals("v")) {
            inValue = false;
        }
        if (MAIN_NS.equals(uri) && localName.equals("c") && formula && !result) {
            throw refuse("formula not calculated: the workbook holds the formula but not its result (it was saved by"
                    + " a program that does not calculate); open and save it in Excel, then read it again");
        }
        sheet.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        rowChars += length;
        if (rowChars > MAX_ROW_CHARS) {
            throw refuse("its row holds more than " + String.format(Locale.ROOT, "%,d", MAX_ROW_CHARS)
                    + " characters of text by this cell, more than any real ledger row; the file was not read");
        }
        if (inValue && !result) {
            result = !new String(ch, start, length).isBlank();
        }
        sheet.characters(ch, start, length);
    }

    private XlsxRowCollector.Stop refuse(String message) {
        return new XlsxRowCollector.Stop(new InvalidInputException(
                cell == null
                        ? Problem.inFile(file, "sheet '" + sheetName + "': " + message)
                        : Problem.inCell(file, sheetName, cell, message)));
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        sheet.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        sheet.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        sheet.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        sheet.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        sheet.endPrefixMapping(prefix);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        sheet.ignorableWhitespace(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        sheet.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        sheet.skippedEntity(name);
    }
}
