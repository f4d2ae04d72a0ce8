package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheet of an .xlsx workbook that holds the table, streamed with POI's event API so that big
 * ledgers fit in memory. A workbook of one sheet is read as it is. Otherwise each visible sheet's
 * first rows are given to the header search, and the first visible sheet, in tab order, where it
 * finds the table is read; the reading report names it and any other sheet that also holds one. A
 * hidden sheet is never read, and a workbook where no visible sheet holds a table is refused,
 * naming its sheets.
 */
final class XlsxTable implements TableSource {

    /** Whether a sheet's first rows hold the table: null when they do, else why not. */
    @FunctionalInterface
    interface SheetTest {
        String refusal(List<HeaderSearch.Row> firstRows);
    }

    private final Path file;
    private final String name;
    private final SheetTest test;
    private XlsxRowCollector collector;
    private String note;
    private List<WorkbookSheets.Sheet> alsoHolding = List.of();

    XlsxTable(Path file, SheetTest test) {
        this.file = file;
        this.name = file.toString();
        this.test = test;
    }

    @Override
    public void rows(RowSink sink) throws InvalidInputException {
        try {
            FileSniffer.refuseNonWorkbook(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(name, "no such file"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(name, "cannot be read: " + e.getMessage()));
        }
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            readTableSheet(workbook, sink);
        } catch (XlsxRowCollector.Stop stop) {
            throw stop.problem();
        } catch (EncryptedDocumentException e) {
            throw new InvalidInputException(Problem.inFile(
                    name, "is password-protected; save it as an Excel Workbook (.xlsx) without a password"));
        } catch (NotOfficeXmlFileException e) {
            throw new InvalidInputException(Problem.inFile(name, "is not an Excel workbook (.xlsx)"));
        } catch (IOException
                | SAXException
                | OpenXML4JException
                | ParserConfigurationException
                | POIXMLException
                | IllegalArgumentException
                | IllegalStateException
                | IndexOutOfBoundsException e) {
            throw unreadable(e);
        }
    }

    @Override
    public String note() {
        return note;
    }

    private void readTableSheet(OPCPackage workbook, RowSink sink)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException, InvalidInputException {
        XSSFReader reader = new XSSFReader(workbook);
        List<WorkbookSheets.Sheet> sheets = WorkbookSheets.of(reader, name);
        if (sheets.isEmpty()) {
            throw new InvalidInputException(Problem.inFile(name, "has no sheets"));
        }
        SharedStrings strings = PlainSharedStrings.read(workbook, name);
        Sheets source = new Sheets(reader.getStylesTable(), strings, isDate1904(reader));
        WorkbookSheets.Sheet chosen =
                sheets.size() == 1 && !sheets.get(0).hidden() ? sheets.get(0) : choose(sheets, source);
        if (sheets.size() > 1) {
            List<WorkbookSheets.Sheet> others =
                    sheets.stream().filter(s -> s != chosen).toList();
            note = "read sheet '" + chosen.name() + "' of the workbook; not read: " + WorkbookSheets.shown(others)
                    + (alsoHolding.isEmpty()
                            ? ""
                            : " (" + WorkbookSheets.shown(alsoHolding) + (alsoHolding.size() == 1 ? " holds" : " hold")
                                    + " a table too: read it on its own as CSV if it has payments)");
        }
        source.parse(chosen, sink);
    }

    /** The first visible sheet whose first rows hold the table; the others that do are kept for the note. */
    private WorkbookSheets.Sheet choose(List<WorkbookSheets.Sheet> sheets, Sheets source)
            throws IOException, SAXException, ParserConfigurationException, InvalidInputException {
        List<WorkbookSheets.Sheet> holding = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (WorkbookSheets.Sheet sheet : sheets) {
            if (!sheet.hidden()) {
                String refusal;
                try {
                    refusal = test.refusal(source.firstRows(sheet));
                } catch (XlsxRowCollector.Stop stop) {
                    // A damaged sheet that is not the ledger need not stop the read; it is named if none is.
                    refusal = stop.problem().problems().get(0).message();
                }
                if (refusal == null) {
                    holding.add(sheet);
                } else {
                    refusals.add("sheet '" + sheet.name() + "': " + refusal);
                }
            }
        }
        if (!holding.isEmpty()) {
            alsoHolding = holding.subList(1, holding.size());
            return holding.get(0);
        }
        String hidden = sheets.stream().anyMatch(WorkbookSheets.Sheet::hidden)
                ? "; hidden sheets are not read: unhide the ledger, or save it as CSV"
                : "";
        throw new InvalidInputException(Problem.inFile(
                name,
                "no visible sheet holds the table; its sheets are " + WorkbookSheets.shown(sheets) + hidden
                        + (refusals.isEmpty() ? "" : ". " + String.join(". ", refusals))));
    }

    /**
     * Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>} in
     * workbook.xml, as old Mac Excel saved them): its day numbers are then 1,462 days later.
     */
    private static boolean isDate1904(XSSFReader reader)
            throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = value != null
                            && (value.strip().equals("1") || value.strip().equals("true"));
                }
            }
        });
        try (InputStream in = reader.getWorkbookData()) {
            parser.parse(new InputSource(in));
        }
        return date1904[0];
    }

    /** Parses sheets with the workbook's styles, shared strings and date system, wholly or just their first rows. */
    private final class Sheets {
        private final StylesTable styles;
        private final SharedStrings strings;
        private final boolean date1904;

        Sheets(StylesTable styles, SharedStrings strings, boolean date1904) {
            this.styles = styles;
            this.strings = strings;
            this.date1904 = date1904;
        }

        void parse(WorkbookSheets.Sheet sheet, RowSink sink)
                throws IOException, SAXException, ParserConfigurationException {
            try (InputStream in = sheet.part().getInputStream()) {
                collector = new XlsxRowCollector(sink, name, sheet.name());
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxCellGuard(
                        new XSSFSheetXMLHandler(styles, strings, collector, new IsoDateFormatter(date1904), false),
                        name,
                        sheet.name()));
                parser.parse(new InputSource(in));
            }
        }

        /** The sheet's first rows, as many as the header search looks at, leading blank rows left out. */
        List<HeaderSearch.Row> firstRows(WorkbookSheets.Sheet sheet)
                throws IOException, SAXException, ParserConfigurationException {
            List<HeaderSearch.Row> rows = new ArrayList<>();
            long[] chars = {0};
            try {
                parse(sheet, (number, cells) -> {
                    if (rows.isEmpty() && SpecialRows.isFiller(cells)) {
                        return;
                    }
                    rows.add(new HeaderSearch.Row(number, new ArrayList<>(cells)));
                    chars[0] += cells.stream()
                            .mapToLong(c -> c == null ? 0 : c.length())
                            .sum();
                    if (rows.size() >= HeaderSearch.ROWS + HeaderSearch.SAMPLE
                            || chars[0] > TableReader.MAX_HELD_CHARS) {
                        throw new Enough();
                    }
                });
            } catch (Enough enough) {
                // The rows the header search needs are in.
            } catch (SAXException e) {
                if (!(e.getCause() instanceof Enough)) {
                    throw e;
                }
            }
            return rows;
        }
    }

    /** Stops parsing a sheet once its first rows are in. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    private InvalidInputException unreadable(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof XlsxRowCollector.Stop stop) {
                return stop.problem();
            }
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("max allowed") || message.contains("exceed")) {
                return new InvalidInputException(Problem.inFile(
                        name,
                        "expands far beyond the size of any real workbook (a zip bomb?); refused without reading it"));
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String where = collector == null ? "" : " (" + collector.place() + ")";
        return new InvalidInputException(
                Problem.inFile(name, "cannot be read as an Excel workbook" + where + ": " + firstLine(rootMessage(e))));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
