package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of a workbook in tab order, each with whether Excel hides it. A sheet's state is found
 * by its name, so a workbook whose sheets share a name (ignoring case, as Excel does; Excel never
 * saves one) is refused: otherwise a hidden decoy could lend its name to a visible sheet, or take the
 * visible state of one.
 */
final class WorkbookSheets {

    /** A sheet: its tab name, whether it is hidden (or very hidden), and where its rows are. */
    record Sheet(String name, boolean hidden, PackagePart part) {

        /** The name quoted, with "(hidden)" after a hidden sheet's. */
        String shown() {
            return "'" + name + "'" + (hidden ? " (hidden)" : "");
        }
    }

    private WorkbookSheets() {}

    /** Every sheet of the workbook {@code file}, in the order of its tabs; refused if two share a name. */
    static List<Sheet> of(XSSFReader reader, String file)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException,
                    InvalidInputException {
        Map<String, Boolean> hidden = states(reader, file);
        List<Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            iterator.next().close();
            String name = iterator.getSheetName();
            // A sheet whose state was not found is taken as hidden: never read what Excel may hide.
            sheets.add(new Sheet(name, name == null || hidden.getOrDefault(name, true), iterator.getSheetPart()));
        }
        return sheets;
    }

    /** The sheets' names, quoted and marked when hidden, for a message. */
    static String shown(List<Sheet> sheets) {
        return sheets.stream().map(Sheet::shown).collect(Collectors.joining(", "));
    }

    /**
     * Whether each sheet, by name, is hidden: its {@code state} in workbook.xml is anything but
     * "visible" (Excel writes "hidden" or "veryHidden"). Sheets are found as POI's sheet iterator
     * finds them (a {@code sheet} element and {@code name} attribute in any case or namespace), so
     * that no sheet it lists escapes this check.
     */
    private static Map<String, Boolean> states(XSSFReader reader, String file)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException,
                    InvalidInputException {
        Map<String, Boolean> hidden = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String[] duplicate = {null};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                String name = attribute(attributes, "name");
                if (localName.equalsIgnoreCase("sheet") && name != null) {
                    String state = attribute(attributes, "state");
                    if (hidden.put(name, state != null && !state.equals("visible")) != null && duplicate[0] == null) {
                        duplicate[0] = name;
                    }
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            parser.parse(new InputSource(workbook));
        }
        if (duplicate[0] != null) {
            throw new InvalidInputException(Problem.inFile(
                    file,
                    "has more than one sheet named '" + duplicate[0] + "' (ignoring case), which Excel never saves;"
                            + " the file was not read: open it in Excel, or save the ledger as CSV"));
        }
        return hidden;
    }

    /** The last attribute whose local name is {@code local} in any case, as POI's sheet iterator takes it. */
    private static String attribute(Attributes attributes, String local) {
        String value = null;
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getLocalName(i).equalsIgnoreCase(local)) {
                value = attributes.getValue(i);
            }
        }
        return value;
    }
}
