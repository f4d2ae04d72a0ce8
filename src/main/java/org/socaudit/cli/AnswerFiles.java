package org.socaudit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;
import org.socaudit.model.FilledChecklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;
import org.socaudit.model.Question;
import org.socaudit.model.Response;
import org.socaudit.workbook.FilledChecklistReader;
import org.socaudit.xml.ResponsesReader;

/** Reads checklist answers from a filled or scored workbook (.xlsx) or a responses XML file. */
final class AnswerFiles {

    private AnswerFiles() {}

    /** Answers that must fit this checklist (same id and version, known questions). */
    static FilledChecklist readFor(Path file, Checklist checklist) throws InvalidInputException {
        return read(file, checklist, true);
    }

    /**
     * An earlier year's answers, which may be for another version of the checklist. Questions the
     * earlier file asked are taken from a workbook's ids sheet; a responses XML file of the same
     * version asked this checklist's questions, one of another version at least those it answers.
     */
    static FilledChecklist readPrevious(Path file, Checklist checklist) throws InvalidInputException {
        return read(file, checklist, false);
    }

    private static FilledChecklist read(Path file, Checklist checklist, boolean strict) throws InvalidInputException {
        String name = file.toString();
        if (isWorkbook(file)) {
            try (InputStream in = InputFiles.open(file)) {
                return new FilledChecklistReader().read(name, in, strict ? checklist : null);
            } catch (IOException e) {
                throw new InvalidInputException(Problem.inFile(name, "cannot read: " + e.getMessage()));
            }
        }
        if (!looksLikeXml(file)) {
            throw new InvalidInputException(Problem.inFile(
                    name,
                    "expected a filled checklist workbook (.xlsx) or a responses XML file, but this is neither"
                            + " (a CSV or text file?)"));
        }
        ChecklistResponses responses =
                InputFiles.read(file, (n, in) -> new ResponsesReader().read(n, in, strict ? checklist : null));
        boolean sameChecklist = responses.checklistId().equals(checklist.info().id())
                && responses.checklistVersion().equals(checklist.info().version());
        List<String> asked = sameChecklist
                ? checklist.questions().stream().map(Question::id).toList()
                : responses.responses().stream().map(Response::questionId).toList();
        return new FilledChecklist(responses, asked);
    }

    /** Whether the file starts, after any byte-order mark and white space, with '<' (in UTF-8 or UTF-16). */
    private static boolean looksLikeXml(Path file) throws InvalidInputException {
        try (InputStream in = InputFiles.open(file)) {
            for (byte b : in.readNBytes(1024)) {
                int c = b & 0xFF;
                if (c == '<') {
                    return true;
                }
                // Byte-order marks, white space and the zero bytes of UTF-16 come before it.
                if (c != 0xEF
                        && c != 0xBB
                        && c != 0xBF
                        && c != 0xFE
                        && c != 0xFF
                        && c != 0
                        && !Character.isWhitespace(c)) {
                    return false;
                }
            }
            return false;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    /**
     * A workbook is a zip file, or the OLE2 container Excel writes for a password-protected or an old
     * .xls workbook, whatever it is called; anything else is read as XML.
     */
    private static boolean isWorkbook(Path file) throws InvalidInputException {
        try (InputStream in = InputFiles.open(file)) {
            byte[] start = in.readNBytes(4);
            boolean zip = start.length >= 2 && start[0] == 'P' && start[1] == 'K';
            boolean ole2 = start.length == 4
                    && (start[0] & 0xFF) == 0xD0
                    && (start[1] & 0xFF) == 0xCF
                    && (start[2] & 0xFF) == 0x11
                    && (start[3] & 0xFF) == 0xE0;
            return zip || ole2;
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "cannot read: " + e.getMessage()));
        }
    }
}
