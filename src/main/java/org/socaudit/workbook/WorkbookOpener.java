package org.socaudit.workbook;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Opens a small .xlsx workbook, turning every way a file can fail to be one into a plain problem. */
final class WorkbookOpener {

    private WorkbookOpener() {}

    static XSSFWorkbook open(String sourceName, InputStream in) throws InvalidInputException {
        try {
            return new XSSFWorkbook(OPCPackage.open(in));
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new InvalidInputException(Problem.inFile(
                    sourceName,
                    "is password-protected or an old .xls file; save it as an Excel Workbook (.xlsx) without a"
                            + " password"));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InvalidInputException(Problem.inFile(sourceName, "is not an Excel workbook (.xlsx)"));
        } catch (POIXMLException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(
                    Problem.inFile(sourceName, "cannot be read as an Excel workbook: " + reason(e)));
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
