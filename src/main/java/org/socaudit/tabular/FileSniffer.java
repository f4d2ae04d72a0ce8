package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** Looks at a file's first bytes to refuse, with a plain reason, a file whose content is not what its name says. */
final class FileSniffer {

    private static final int HEAD = 4096;

    private FileSniffer() {}

    /** Refuses workbooks and binary files named as CSV. */
    static void refuseNonText(Path file) throws IOException, InvalidInputException {
        byte[] head = head(file);
        if (isZip(head)) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(),
                    "is an Excel workbook or another zip file, not CSV text; give a workbook an .xlsx name"));
        }
        if (isOle2(head)) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(), "is an old Excel (.xls) or password-protected workbook, not CSV text"));
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFE);
        for (int i = 0; i < head.length && !utf16; i++) {
            if (head[i] == 0) {
                throw new InvalidInputException(Problem.inFile(
                        file.toString(),
                        "is not text (it holds zero bytes): a binary file, or UTF-16 without a byte order mark"));
            }
        }
    }

    /** Refuses a file named as a workbook that is not a zip package. */
    static void refuseNonWorkbook(Path file) throws IOException, InvalidInputException {
        byte[] head = head(file);
        if (isOle2(head)) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(),
                    "is password-protected or an old .xls file; save it as an Excel Workbook (.xlsx) without a"
                            + " password"));
        }
        if (!isZip(head)) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(),
                    "is not an Excel workbook (.xlsx): its content looks like text or another format"));
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean isOle2(byte[] head) {
        return head.length >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }
}
