package org.socaudit.companies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.socaudit.model.ControllingPerson;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Problem;

/**
 * Streams Companies House's people with significant control snapshot (JSON lines, plain or zipped)
 * and keeps the entries of the companies wanted. A line's company number is read from its text
 * before the line is parsed, so the millions of lines for other companies cost a scan, not a parse.
 */
final class PscReader {

    private static final String NUMBER_FIELD = "\"company_number\"";
    private static final int BUFFER = 1 << 20;

    private final ObjectMapper json = new ObjectMapper();
    private final Set<String> wanted;
    private final LongConsumer progress;
    private final Map<String, List<ControllingPerson>> found = new HashMap<>();
    private long lines;
    /** Lines that are not blank, in every file: what an empty file lacks. */
    private long entries;

    PscReader(Set<String> wanted, LongConsumer progress) {
        this.wanted = wanted;
        this.progress = progress;
    }

    /** Reads one file (JSON lines, or a zip of them). */
    void read(Path file) throws IOException, InvalidInputException {
        long before = entries;
        if (BasicCompanyDataReader.isZip(file)) {
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (!entry.isDirectory()) {
                        read(file + "!" + entry.getName(), zip);
                    }
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                read(file.toString(), in);
            }
        }
        // An empty file (a failed download) would otherwise pass as a snapshot in which no supplier's
        // company has a controller worth flagging.
        if (entries == before) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(),
                    "is empty: it holds no entries; expected a people with significant control snapshot"));
        }
    }

    /** Lines read so far. */
    long lines() {
        return lines;
    }

    /** The entries kept, by company number. */
    Map<String, List<ControllingPerson>> found() {
        return found;
    }

    private void read(String where, InputStream in) throws IOException, InvalidInputException {
        // Not closed here: the stream is the file's or the zip's, and its owner closes it.
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
        long lineInFile = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineInFile++;
            if (lineInFile == 1 && line.startsWith("\uFEFF")) {
                // A byte-order mark, as an editor or a re-zipping tool may leave.
                line = line.substring(1);
            }
            if (++lines % 500_000 == 0) {
                progress.accept(lines);
            }
            if (lineInFile == 1 && !line.isBlank() && !line.stripLeading().startsWith("{")) {
                throw new InvalidInputException(Problem.at(
                        where,
                        1,
                        1,
                        "not a people with significant control snapshot: expected one JSON object a line"));
            }
            if (!line.isBlank()) {
                entries++;
            }
            String number = numberIn(line);
            if (number == null || !wanted.contains(number)) {
                continue;
            }
            try {
                ControllingPerson person = person(number, json.readTree(line).path("data"));
                if (person != null) {
                    found.computeIfAbsent(number, n -> new ArrayList<>(2)).add(person);
                }
            } catch (JsonProcessingException e) {
                throw new InvalidInputException(Problem.at(
                        where,
                        (int) Math.min(Integer.MAX_VALUE, lineInFile),
                        e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                        "not valid JSON: " + e.getOriginalMessage()));
            }
        }
    }

    /** The company number a line names, upper case, or null; read without parsing the line. */
    static String numberIn(String line) {
        int field = line.indexOf(NUMBER_FIELD);
        if (field < 0) {
            return null;
        }
        int open = line.indexOf('"', line.indexOf(':', field + NUMBER_FIELD.length()) + 1);
        if (open < 0) {
            return null;
        }
        int close = line.indexOf('"', open + 1);
        if (close < 0 || close - open > 20) {
            return null;
        }
        return line.substring(open + 1, close).strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static ControllingPerson person(String number, JsonNode data) {
        String kind = data.path("kind").asText("");
        ControllingPerson.Kind type;
        if (kind.startsWith("individual") || kind.startsWith("super-secure")) {
            type = ControllingPerson.Kind.INDIVIDUAL;
        } else if (kind.startsWith("corporate-entity")) {
            type = ControllingPerson.Kind.CORPORATE;
        } else if (kind.startsWith("legal-person")) {
            type = ControllingPerson.Kind.LEGAL_PERSON;
        } else if (kind.contains("statement")) {
            type = ControllingPerson.Kind.STATEMENT;
        } else {
            // Exemptions and the totals line name no one.
            return null;
        }
        JsonNode birth = data.path("date_of_birth");
        List<String> natures = new ArrayList<>();
        data.path("natures_of_control").forEach(n -> natures.add(n.asText()));
        return new ControllingPerson(
                number,
                type,
                type == ControllingPerson.Kind.STATEMENT ? "" : name(data),
                birth.hasNonNull("month") ? birth.get("month").asInt() : null,
                birth.hasNonNull("year") ? birth.get("year").asInt() : null,
                natures,
                RegisterDates.parseIso(data.path("notified_on").asText(null)),
                RegisterDates.parseIso(data.path("ceased_on").asText(null)),
                data.path("statement").asText(""));
    }

    /** A person's name from its parts (no title), else the name as given. */
    private static String name(JsonNode data) {
        JsonNode parts = data.path("name_elements");
        List<String> words = new ArrayList<>(3);
        for (String part : new String[] {"forename", "middle_name", "surname"}) {
            String text = parts.path(part).asText("").strip();
            if (!text.isEmpty()) {
                words.add(text);
            }
        }
        return words.isEmpty() ? data.path("name").asText("").strip() : String.join(" ", words);
    }
}
