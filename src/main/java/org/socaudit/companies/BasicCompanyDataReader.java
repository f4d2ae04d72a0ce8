package org.socaudit.companies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Streams Companies House's Basic Company Data: the single CSV, a zip of it, or one of the part
 * files. Columns are found by header name (the published header has stray leading spaces, which are
 * ignored), so a reordered or extended file still reads. Every row's registered address is counted;
 * only rows the filter wants are kept, so memory grows with the suppliers, never with the register.
 */
final class BasicCompanyDataReader {

    /** Decides from a row's number, name and previous names whether to keep it. */
    interface Filter {
        boolean wants(String number, String name, List<String> previousNames);
    }

    static final String NAME = "CompanyName";
    static final String NUMBER = "CompanyNumber";
    private static final int PREVIOUS_NAMES = 10;
    private static final int SIC_COLUMNS = 4;
    private static final int BUFFER = 1 << 20;
    private static final String NONE_SUPPLIED = "None Supplied";
    private static final int BATCH = 1_000;
    private static final int QUEUED_BATCHES = 16;

    private static final String PSC_GIVEN = "this is JSON lines, as the people with significant control snapshot"
            + " is written, not Basic Company Data: give that file with --psc, and Basic Company Data with --companies";

    private final Filter filter;
    private final AddressCounts addresses;
    private final LongConsumer progress;
    private final List<CompanyRow> kept = new ArrayList<>();
    private long rows;
    private int latestMadeUp;

    BasicCompanyDataReader(Filter filter, AddressCounts addresses, LongConsumer progress) {
        this.filter = filter;
        this.addresses = addresses;
        this.progress = progress;
    }

    /** Reads one file (CSV or zip of CSVs). */
    void read(Path file) throws IOException, InvalidInputException {
        if (isZip(file)) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                boolean any = false;
                boolean jsonLines = false;
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String name = entry.getName().toLowerCase(Locale.ROOT);
                    if (!entry.isDirectory() && name.endsWith(".csv")) {
                        any = true;
                        read(file + "!" + entry.getName(), zip);
                    } else if (!entry.isDirectory() && (name.endsWith(".txt") || name.endsWith(".json"))) {
                        jsonLines |= startsWithBrace(zip);
                    }
                }
                if (!any) {
                    throw new InvalidInputException(Problem.inFile(
                            file.toString(),
                            jsonLines ? PSC_GIVEN : "the zip holds no .csv file; expected Basic Company Data"));
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                read(file.toString(), in);
            }
        }
    }

    /** Rows read so far, in every file. */
    long rows() {
        return rows;
    }

    /** The rows kept, in the order read. */
    List<CompanyRow> kept() {
        return kept;
    }

    /**
     * The latest "last made up" date of any accounts or confirmation statement in the files, as
     * yyyymmdd, or 0: the snapshot cannot predate it, so it stands in for the snapshot date when the
     * file name does not give one.
     */
    int latestMadeUp() {
        return latestMadeUp;
    }

    /** Whether a zip entry's text starts with '{' (after any byte-order mark and spaces). */
    private static boolean startsWithBrace(InputStream entry) throws IOException {
        byte[] head = entry.readNBytes(64);
        String text =
                new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        return text.startsWith("{");
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private void read(String where, InputStream in) throws IOException, InvalidInputException {
        // The stream is the zip's or the file's; closing the parser must not close the zip.
        Reader reader = new BufferedReader(new InputStreamReader(new NonClosing(in), StandardCharsets.UTF_8), BUFFER);
        // A byte-order mark goes before the parser sees it: before a quoted header it would make the
        // first field unquoted text with quotes in it ("CompanyName" with its quotes), not found.
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        reader.mark(1);
        if (reader.read() == '{') {
            // No CSV header starts so: JSON lines, as the PSC snapshot is written.
            throw new InvalidInputException(Problem.at(where, 1, 0, PSC_GIVEN));
        }
        reader.reset();
        CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        Columns columns;
        try {
            if (!records.hasNext()) {
                throw new InvalidInputException(
                        Problem.inFile(where, "the file is empty; expected Basic Company Data"));
            }
            columns = Columns.of(where, records.next());
        } catch (UncheckedIOException e) {
            throw unreadable(where, parser, e);
        }
        // Parsing is most of the work; a second thread parses while this one checks the rows.
        BlockingQueue<List<CSVRecord>> batches = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread parsing = new Thread(() -> parse(records, batches, failure), "companies-csv");
        parsing.setDaemon(true);
        parsing.start();
        try {
            for (List<CSVRecord> batch = batches.take(); !batch.isEmpty(); batch = batches.take()) {
                for (CSVRecord record : batch) {
                    row(record, columns);
                    if (++rows % 100_000 == 0) {
                        progress.accept(rows);
                    }
                }
            }
            parsing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + where, e);
        } finally {
            // If checking a row failed, the parser may be blocked on a full queue: stop it.
            if (parsing.isAlive()) {
                parsing.interrupt();
                batches.clear();
            }
        }
        RuntimeException failed = failure.get();
        if (failed instanceof UncheckedIOException e) {
            throw unreadable(where, parser, e);
        } else if (failed != null) {
            throw failed;
        }
    }

    /** Parses records into batches for the checking thread; an empty batch ends, after any failure is set. */
    private static void parse(
            Iterator<CSVRecord> records,
            BlockingQueue<List<CSVRecord>> batches,
            AtomicReference<RuntimeException> failure) {
        try {
            try {
                List<CSVRecord> batch = new ArrayList<>(BATCH);
                while (records.hasNext()) {
                    batch.add(records.next());
                    if (batch.size() == BATCH) {
                        batches.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    batches.put(batch);
                }
            } catch (RuntimeException e) {
                failure.set(e);
            }
            batches.put(List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static InvalidInputException unreadable(String where, CSVParser parser, UncheckedIOException e) {
        return new InvalidInputException(Problem.at(
                where,
                (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber()),
                0,
                "not readable as CSV: " + e.getCause().getMessage()));
    }

    private void row(CSVRecord record, Columns c) {
        String number = c.get(record, c.number).strip().toUpperCase(Locale.ROOT);
        String name = c.get(record, c.name).strip();
        String line1 = c.get(record, c.line1);
        String postcode = c.get(record, c.postcode).strip();
        long hash = 0;
        if (!line1.isBlank() || !postcode.isEmpty()) {
            hash = AddressCounts.hash(line1, postcode);
            addresses.add(hash);
        }
        noteMadeUp(c.get(record, c.accountsMadeUp));
        noteMadeUp(c.get(record, c.confirmationMadeUp));
        List<String> previous = List.of();
        for (int i = 0; i < PREVIOUS_NAMES; i++) {
            String old = c.get(record, c.previousNames[i]).strip();
            if (!old.isEmpty()) {
                if (previous.isEmpty()) {
                    previous = new ArrayList<>(2);
                }
                previous.add(old);
            }
        }
        if (!filter.wants(number, name, previous)) {
            return;
        }
        List<String> sic = new ArrayList<>(SIC_COLUMNS);
        for (int i = 0; i < SIC_COLUMNS; i++) {
            String text = c.get(record, c.sic[i]).strip();
            if (!text.isEmpty() && !text.equalsIgnoreCase(NONE_SUPPLIED)) {
                sic.add(text);
            }
        }
        List<String> parts = new ArrayList<>();
        for (int column : c.address) {
            String part = c.get(record, column).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        kept.add(new CompanyRow(
                number,
                name,
                List.copyOf(previous),
                String.join(", ", parts),
                postcode,
                hash,
                c.get(record, c.category).strip(),
                c.get(record, c.status).strip(),
                c.get(record, c.incorporated).strip(),
                c.get(record, c.accountsCategory).strip(),
                c.get(record, c.accountsDue).strip(),
                c.get(record, c.confirmationDue).strip(),
                List.copyOf(sic)));
    }

    private void noteMadeUp(String date) {
        int day = RegisterDates.yyyymmdd(date);
        if (day > latestMadeUp) {
            latestMadeUp = day;
        }
    }

    /** Where each column the checks use is, by header name; -1 if the file lacks it. */
    private static final class Columns {
        int name;
        int number;
        int line1;
        int postcode;
        int category;
        int status;
        int incorporated;
        int accountsCategory;
        int accountsDue;
        int accountsMadeUp;
        int confirmationDue;
        int confirmationMadeUp;
        int[] address;
        int[] previousNames = new int[PREVIOUS_NAMES];
        int[] sic = new int[SIC_COLUMNS];

        static Columns of(String where, CSVRecord header) throws InvalidInputException {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                // The first header may carry a byte-order mark; several carry a leading space.
                String name = header.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
                index.putIfAbsent(name, i);
            }
            List<String> missing = new ArrayList<>();
            Columns c = new Columns();
            c.name = required(index, NAME, missing);
            c.number = required(index, NUMBER, missing);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Problem.at(
                        where,
                        1,
                        0,
                        "not Companies House Basic Company Data: no " + String.join(" or ", missing)
                                + " column in the header"));
            }
            c.line1 = optional(index, "RegAddress.AddressLine1");
            c.postcode = optional(index, "RegAddress.PostCode");
            c.address = new int[] {
                optional(index, "RegAddress.CareOf"),
                optional(index, "RegAddress.POBox"),
                c.line1,
                optional(index, "RegAddress.AddressLine2"),
                optional(index, "RegAddress.PostTown"),
                optional(index, "RegAddress.County"),
                c.postcode
            };
            c.category = optional(index, "CompanyCategory");
            c.status = optional(index, "CompanyStatus");
            c.incorporated = optional(index, "IncorporationDate");
            c.accountsCategory = optional(index, "Accounts.AccountCategory");
            c.accountsDue = optional(index, "Accounts.NextDueDate");
            c.accountsMadeUp = optional(index, "Accounts.LastMadeUpDate");
            c.confirmationDue = optional(index, "ConfStmtNextDueDate");
            c.confirmationMadeUp = optional(index, "ConfStmtLastMadeUpDate");
            for (int i = 0; i < PREVIOUS_NAMES; i++) {
                c.previousNames[i] = optional(index, "PreviousName_" + (i + 1) + ".CompanyName");
            }
            for (int i = 0; i < SIC_COLUMNS; i++) {
                c.sic[i] = optional(index, "SICCode.SicText_" + (i + 1));
            }
            return c;
        }

        private static int required(Map<String, Integer> index, String name, List<String> missing) {
            Integer at = index.get(name.toLowerCase(Locale.ROOT));
            if (at == null) {
                missing.add(name);
                return -1;
            }
            return at;
        }

        private static int optional(Map<String, Integer> index, String name) {
            return index.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
        }

        /** The cell, or "" when the file has no such column or the row is short. */
        String get(CSVRecord record, int column) {
            return column >= 0 && column < record.size() ? record.get(column) : "";
        }
    }

    /** Lets a reader be closed without closing the zip stream under it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The owner closes the underlying stream.
        }
    }
}
