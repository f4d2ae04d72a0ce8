package org.socaudit.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/** A CSV (or tab-separated .txt) file parsed by Commons CSV, one record at a time. */
final class CsvTable implements TableSource {

    /** The most characters one record may take: far above any real row, far below any memory limit. */
    static final long MAX_RECORD_CHARS = 1L << 20;

    private static final int SNIFF_CHARS = 1 << 16;
    // The separators spending files use, the comma first: it wins a tie.
    private static final String DELIMITERS = ",\t;|";
    // Empty lines are kept as records so that record numbers stay the row numbers a spreadsheet shows.
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final Path file;
    private final String name;

    CsvTable(Path file) {
        this.file = file;
        this.name = file.toString();
    }

    @Override
    public void rows(RowSink sink) throws InvalidInputException {
        TextEncoding encoding;
        char delimiter;
        try {
            FileSniffer.refuseNonText(file);
            encoding = TextEncoding.of(file);
            delimiter = delimiter(encoding);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(name, "no such file"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(name, "cannot be read: " + e.getMessage()));
        }
        CSVFormat format = FORMAT.builder().setDelimiter(delimiter).get();
        try (BoundedReader reader = new BoundedReader(open(encoding, true), MAX_RECORD_CHARS);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            parse(parser, reader, sink, encoding);
        } catch (CharacterCodingException e) {
            throw badEncoding(encoding);
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    private void parse(CSVParser parser, BoundedReader reader, RowSink sink, TextEncoding encoding)
            throws InvalidInputException {
        Iterator<CSVRecord> records = parser.iterator();
        long row = 0;
        long line = 0;
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                if (e.getCause() instanceof CharacterCodingException) {
                    throw badEncoding(encoding);
                }
                throw malformed(row + 1, line + 1, e);
            }
            reader.recordDone();
            row = record.getRecordNumber();
            line = parser.getCurrentLineNumber();
            sink.row(row, new RecordCells(record));
        }
    }

    private InvalidInputException malformed(long row, long line, RuntimeException e) {
        String where = name + ":row " + row;
        if (e.getCause() instanceof BoundedReader.RecordTooLongException) {
            return new InvalidInputException(new Problem(
                    where,
                    "the row starting on line " + line + " is longer than " + MAX_RECORD_CHARS
                            + " characters (is a quote left open?); the file was not read"));
        }
        String detail = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        return new InvalidInputException(new Problem(
                where,
                "is not valid CSV (the row starts on line " + line
                        + "): a quote is left open or text follows a closing quote (" + detail + ")"));
    }

    /**
     * A file with a byte order mark says it is Unicode: bytes that are not are reported, at their
     * line, rather than read as replacement characters; the encoding guessed without one is only
     * chosen when every byte fits.
     */
    private InvalidInputException badEncoding(TextEncoding encoding) {
        long line;
        try {
            line = encoding.firstMalformedLine(file);
        } catch (IOException e) {
            return new InvalidInputException(Problem.inFile(name, "cannot be read: " + e.getMessage()));
        }
        return new InvalidInputException(new Problem(
                name + ":line " + line,
                "holds bytes that are not " + encoding.charset().name()
                        + ", though the file starts with its byte order mark; the file was not read. Save it again"
                        + " as CSV UTF-8"));
    }

    /** A reader of the file's text after its byte order mark; {@code strict} refuses bytes the encoding cannot have. */
    private Reader open(TextEncoding encoding, boolean strict) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            if (strict && encoding.bomLength() > 0) {
                return new InputStreamReader(
                        in,
                        encoding.charset()
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT));
            }
            return new InputStreamReader(in, encoding.charset());
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * A comma, unless the start of the file has more tabs, semicolons or pipes than commas (a
     * tab-separated export, or a file saved where the comma is the decimal mark).
     */
    private char delimiter(TextEncoding encoding) throws IOException {
        char[] start = new char[SNIFF_CHARS];
        int length;
        try (Reader reader = open(encoding, false)) {
            length = Math.max(0, reader.read(start));
        }
        int[] counts = new int[DELIMITERS.length()];
        for (int i = 0; i < length; i++) {
            int which = DELIMITERS.indexOf(start[i]);
            if (which >= 0) {
                counts[which]++;
            }
        }
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS.charAt(best);
    }

    /** A record's values as a list, without copying them. */
    private static final class RecordCells extends AbstractList<String> {
        private final CSVRecord record;

        RecordCells(CSVRecord record) {
            this.record = record;
        }

        @Override
        public String get(int index) {
            return record.get(index);
        }

        @Override
        public int size() {
            return record.size();
        }
    }
}
