package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** The sheets of a workbook in tab order, each with whether Excel hides it. */
final class WorkbookSheets {

    /** A sheet: its tab name, whether it is hidden (or very hidden), and where its rows are. */
    record Sheet(String name, boolean hidden, PackagePart part) {

        /** The name quoted, with "(hidden)" after a hidden sheet's. */
        String shown() {
            return "'" + name + "'" + (hidden ? " (hidden)" : "");
        }
    }

    private WorkbookSheets() {}

    /** Every sheet of the workbook, in the order of its tabs. */
    static List<Sheet> of(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        Map<String, Boolean> hidden = states(reader);
        List<Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            iterator.next().close();
            String name = iterator.getSheetName();
            sheets.add(new Sheet(name, hidden.getOrDefault(name, false), iterator.getSheetPart()));
        }
        return sheets;
    }

    /** The sheets' names, quoted and marked when hidden, for a message. */
    static String shown(List<Sheet> sheets) {
        return sheets.stream().map(Sheet::shown).collect(Collectors.joining(", "));
    }

    /** Whether each sheet, by name, is hidden: its {@code state} in workbook.xml is "hidden" or "veryHidden". */
    private static Map<String, Boolean> states(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        Map<String, Boolean> hidden = new HashMap<>();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("sheet") && attributes.getValue("name") != null) {
                    String state = attributes.getValue("state");
                    hidden.put(attributes.getValue("name"), state != null && !state.equals("visible"));
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        return hidden;
    }
}
