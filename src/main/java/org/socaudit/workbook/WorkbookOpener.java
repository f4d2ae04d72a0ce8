package org.socaudit.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Opens a small .xlsx workbook, turning every way a file can fail to be one into a plain problem.
 * The whole workbook is loaded into memory, so a file that is, or unpacks to, far more than any
 * toolkit workbook is refused before POI sees it.
 */
final class WorkbookOpener {

    /** A filled checklist or audit programme is well under 1 MB; a ledger belongs in 'screen'. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    /** What the parts may unpack to in all: 45 MB of sheet XML already took 900 MB of memory to load. */
    static final long MAX_UNPACKED_BYTES = 20L * 1024 * 1024;

    /** Deflate compresses at most about 1,000 to 1, so this ratio leaves only the size limits above. */
    private static final double MIN_INFLATE_RATIO = 0.0001;

    private WorkbookOpener() {}

    static XSSFWorkbook open(String sourceName, InputStream in) throws InvalidInputException {
        byte[] content = readLimited(sourceName, in);
        checkUnpackedSize(sourceName, content);
        // The total is bounded above, so POI's own guard, a compression ratio, is eased for this read:
        // a few cells of one repeated character compress better than it allows, and are no bomb.
        double ratio = ZipSecureFile.getMinInflateRatio();
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        try {
            return new XSSFWorkbook(OPCPackage.open(new ByteArrayInputStream(content)));
        } catch (OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            throw new InvalidInputException(Problem.inFile(
                    sourceName,
                    "is password-protected or an old .xls file; save it as an Excel Workbook (.xlsx) without a"
                            + " password"));
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new InvalidInputException(Problem.inFile(sourceName, "is not an Excel workbook (.xlsx)"));
        } catch (IOException | RuntimeException e) {
            // POI and XmlBeans fail on a damaged package in many ways, all of them unchecked.
            throw new InvalidInputException(
                    Problem.inFile(sourceName, "cannot be read as an Excel workbook: " + reason(e)));
        } finally {
            ZipSecureFile.setMinInflateRatio(ratio);
        }
    }

    private static byte[] readLimited(String sourceName, InputStream in) throws InvalidInputException {
        try {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new InvalidInputException(Problem.inFile(
                        sourceName,
                        "is larger than " + MAX_BYTES / (1024 * 1024) + " MB; not a workbook made by this toolkit"));
            }
            return content;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(sourceName, "cannot read: " + e.getMessage()));
        }
    }

    /** Inflates every part once, counting, and refuses a package that unpacks past the limit (a zip bomb). */
    private static void checkUnpackedSize(String sourceName, byte[] content) throws InvalidInputException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new InvalidInputException(Problem.inFile(
                                sourceName,
                                "expands far beyond the size of any workbook made by this toolkit (a zip bomb?);"
                                        + " refused without reading it"));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a zip, or a damaged or truncated one: POI says which when it opens it.
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("Zip bomb")) {
            return "it expands far beyond the size of any real workbook (a zip bomb?)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
