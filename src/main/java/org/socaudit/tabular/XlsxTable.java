package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** The first sheet of an .xlsx workbook, streamed with POI's event API so that big ledgers fit in memory. */
final class XlsxTable implements TableSource {

    private final Path file;
    private final String name;
    private XlsxRowCollector collector;

    XlsxTable(Path file) {
        this.file = file;
        this.name = file.toString();
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
            readFirstSheet(workbook, sink);
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

    private void readFirstSheet(OPCPackage workbook, RowSink sink)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException, InvalidInputException {
        XSSFReader reader = new XSSFReader(workbook);
        SharedStrings strings = new PlainSharedStrings(new ReadOnlySharedStringsTable(workbook, false));
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new InvalidInputException(Problem.inFile(name, "has no sheets"));
        }
        try (InputStream sheet = sheets.next()) {
            collector = new XlsxRowCollector(sink, name, sheets.getSheetName());
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(
                    reader.getStylesTable(), strings, collector, new IsoDateFormatter(), false));
            parser.parse(new InputSource(sheet));
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
