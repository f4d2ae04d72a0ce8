package org.socaudit.companies;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socaudit.model.CompanyLookup;
import org.socaudit.model.CompanyMatch;
import org.socaudit.model.ControllingPerson;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.MatchBasis;
import org.socaudit.model.Problem;
import org.socaudit.model.RegisterCheck;
import org.socaudit.model.RegisteredCompany;
import org.socaudit.model.SupplierProfile;
import org.socaudit.screening.NameNormaliser;

/**
 * Ties each supplier to a company in Companies House's bulk files: by the company number on file
 * where there is one, otherwise by name, current or previous, accepted only when one company alone
 * has it. The files are streamed once each and only the rows of possible suppliers are kept.
 */
public final class CompaniesHouseLookup implements CompanyLookup {

    /** Published files carry their snapshot date in their names (BasicCompanyData-2026-11-01-part1_7.zip). */
    private static final Pattern DATE_IN_NAME = Pattern.compile("(20\\d\\d)-(\\d\\d)-(\\d\\d)");

    /** More companies than this under one name key are not worth keeping: the name cannot be unique. */
    private static final int MAX_PER_NAME = 5;

    private final List<Path> companies;
    private final List<Path> psc;
    private final Consumer<String> progress;

    /** {@code psc} may be null; {@code progress} hears a line now and then on long reads. */
    public CompaniesHouseLookup(List<Path> companies, Path psc, Consumer<String> progress) {
        this(companies, psc == null ? List.of() : List.of(psc), progress);
    }

    /** {@code psc} may be empty (no controllers checked), or hold the snapshot's parts. */
    public CompaniesHouseLookup(List<Path> companies, List<Path> psc, Consumer<String> progress) {
        this.companies = List.copyOf(companies);
        this.psc = List.copyOf(psc);
        this.progress = progress;
    }

    @Override
    public RegisterCheck lookUp(List<SupplierProfile> suppliers) throws InvalidInputException, IOException {
        for (Path file : companies) {
            requireReadable(file);
        }
        for (Path file : psc) {
            requireReadable(file);
        }
        Wanted wanted = new Wanted(suppliers);
        AddressCounts addresses = new AddressCounts(1 << 23);
        BasicCompanyDataReader reader = new BasicCompanyDataReader(
                wanted, addresses, n -> progress.accept(String.format("Companies House: read %,d companies...", n)));
        for (Path file : companies) {
            readable(file, () -> reader.read(file));
        }
        if (reader.rows() == 0 && !companies.isEmpty()) {
            // A cut-short download: read as it is, every supplier's number would be "not on the register".
            throw new InvalidInputException(Problem.at(
                    companies.get(0).toString(),
                    2,
                    0,
                    "a header and no companies" + (companies.size() > 1 ? " in any of the files given" : "")
                            + "; download Basic Company Data again"));
        }
        Map<String, CompanyRow> byNumber = new HashMap<>();
        Map<String, List<CompanyRow>> byName = new HashMap<>();
        Map<String, List<CompanyRow>> byPreviousName = new HashMap<>();
        for (CompanyRow row : reader.kept()) {
            byNumber.putIfAbsent(row.number(), row);
            index(byName, CompanyNameKey.of(row.name()).words(), row);
            for (String old : row.previousNames()) {
                index(byPreviousName, CompanyNameKey.of(old).words(), row);
            }
        }
        List<Found> found = new ArrayList<>(suppliers.size());
        for (SupplierProfile supplier : suppliers) {
            found.add(match(supplier, byNumber, byName, byPreviousName));
        }
        Set<String> matchedNumbers = new HashSet<>();
        found.stream().filter(f -> f.row != null).forEach(f -> matchedNumbers.add(f.row.number()));
        Map<String, List<ControllingPerson>> controllers = Map.of();
        long pscLines = 0;
        if (!psc.isEmpty()) {
            PscReader pscs = new PscReader(
                    matchedNumbers, n -> progress.accept(String.format("Companies House: read %,d PSC entries...", n)));
            for (Path file : psc) {
                readable(file, () -> pscs.read(file));
            }
            controllers = pscs.found();
            pscLines = pscs.lines();
        }
        Map<CompanyRow, RegisteredCompany> companiesByRow = new java.util.IdentityHashMap<>();
        List<CompanyMatch> matches = new ArrayList<>(found.size());
        for (Found f : found) {
            if (f.row == null) {
                matches.add(CompanyMatch.none(f.note));
            } else {
                RegisteredCompany company = companiesByRow.computeIfAbsent(f.row, row -> company(row, addresses));
                matches.add(new CompanyMatch(
                        company, f.basis, controllers.getOrDefault(company.number(), List.of()), f.note));
            }
        }
        Snapshot snapshot = snapshotDate(reader.latestMadeUp());
        return new RegisterCheck(matches, snapshot.date, snapshot.basis, reader.rows(), !psc.isEmpty(), pscLines);
    }

    /** A read that may fail on the file itself. */
    private interface Read {
        void run() throws IOException, InvalidInputException;
    }

    /** Runs a read, turning a missing, locked or damaged file into invalid input that names it. */
    private static void readable(Path file, Read read) throws InvalidInputException {
        try {
            read.run();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "no such file"));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "cannot be read: access denied"));
        } catch (java.util.zip.ZipException e) {
            throw new InvalidInputException(
                    Problem.inFile(file.toString(), "a damaged zip (" + e.getMessage() + "); download it again"));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "not UTF-8 text: " + e.getMessage()));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.inFile(
                    file.toString(), "could not be read: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
        }
    }

    /** A file that is missing, a folder or unreadable is a problem with the input, said plainly. */
    private static void requireReadable(Path file) throws InvalidInputException {
        if (java.nio.file.Files.isDirectory(file)) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "is a directory, not a file"));
        }
        if (!java.nio.file.Files.exists(file)) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "file not found"));
        }
        if (!java.nio.file.Files.isReadable(file)) {
            throw new InvalidInputException(Problem.inFile(file.toString(), "cannot read: permission denied"));
        }
    }

    private static void index(Map<String, List<CompanyRow>> index, String key, CompanyRow row) {
        if (key.isEmpty()) {
            return;
        }
        List<CompanyRow> rows = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (rows.size() <= MAX_PER_NAME && !rows.contains(row)) {
            rows.add(row);
        }
    }

    /** What was found for one supplier: a row and its basis, or none, and a note either way. */
    private record Found(CompanyRow row, MatchBasis basis, String note) {}

    private static Found match(
            SupplierProfile supplier,
            Map<String, CompanyRow> byNumber,
            Map<String, List<CompanyRow>> byName,
            Map<String, List<CompanyRow>> byPreviousName) {
        String number = supplier.companyNumber();
        if (number != null && byNumber.containsKey(number)) {
            return new Found(byNumber.get(number), MatchBasis.NUMBER, "");
        }
        List<CompanyNameKey> keys = new ArrayList<>();
        for (String name : Wanted.names(supplier)) {
            CompanyNameKey key = CompanyNameKey.of(name);
            if (!key.words().isEmpty() && !keys.contains(key)) {
                keys.add(key);
            }
        }
        String lost = number == null ? "" : "company number " + number + " is not on the live register";
        Set<CompanyRow> current = candidates(keys, byName, row -> row.name());
        if (current.size() == 1) {
            return new Found(current.iterator().next(), MatchBasis.NAME, lost);
        }
        if (current.size() > 1) {
            return new Found(null, null, join(lost, ambiguous(current, "companies have")));
        }
        Set<CompanyRow> previous = candidates(keys, byPreviousName, null);
        if (previous.size() == 1) {
            return new Found(previous.iterator().next(), MatchBasis.PREVIOUS_NAME, lost);
        }
        if (previous.size() > 1) {
            return new Found(null, null, join(lost, ambiguous(previous, "companies once had")));
        }
        return new Found(null, null, lost.isEmpty() ? "no company of this name in the register file given" : lost);
    }

    /** The rows whose name (current, or a previous one) a supplier's key admits. */
    private static Set<CompanyRow> candidates(
            List<CompanyNameKey> keys,
            Map<String, List<CompanyRow>> index,
            java.util.function.Function<CompanyRow, String> currentName) {
        Set<CompanyRow> rows = new java.util.LinkedHashSet<>();
        for (CompanyNameKey key : keys) {
            for (CompanyRow row : index.getOrDefault(key.words(), List.of())) {
                List<String> names = currentName != null ? List.of(currentName.apply(row)) : row.previousNames();
                for (String name : names) {
                    if (key.admits(CompanyNameKey.of(name))) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static String ambiguous(Set<CompanyRow> rows, String verb) {
        List<String> named = rows.stream()
                .limit(3)
                .map(r -> r.name() + " (" + r.number() + ")")
                .toList();
        return rows.size() + (rows.size() > MAX_PER_NAME ? " or more" : "") + " " + verb
                + " this name, so none is taken: " + String.join(", ", named) + (rows.size() > 3 ? "..." : "")
                + "; give the company number to tie it";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    private static RegisteredCompany company(CompanyRow row, AddressCounts addresses) {
        return new RegisteredCompany(
                row.number(),
                row.name(),
                row.previousNames(),
                row.address(),
                row.postcode(),
                row.addressHash() == 0 ? 0 : addresses.count(row.addressHash()),
                row.addressHash(),
                row.category(),
                row.status(),
                RegisterDates.parse(row.incorporated()),
                row.accountsCategory(),
                RegisterDates.parse(row.accountsNextDue()),
                RegisterDates.parse(row.confirmationStatementNextDue()),
                row.sic());
    }

    private record Snapshot(LocalDate date, String basis) {}

    /** The date in the first file's name, else the latest filing in the files, else today. */
    private Snapshot snapshotDate(int latestMadeUp) {
        for (Path file : companies) {
            Matcher m = DATE_IN_NAME.matcher(file.getFileName().toString());
            if (m.find()) {
                LocalDate date = RegisterDates.of(Integer.parseInt(m.group(1) + m.group(2) + m.group(3)));
                if (date != null) {
                    return new Snapshot(date, "the date in the file name " + file.getFileName());
                }
            }
        }
        LocalDate latest = latestMadeUp == 0 ? null : RegisterDates.of(latestMadeUp);
        if (latest != null) {
            return new Snapshot(latest, "the latest filing in the file (its name has no date)");
        }
        return new Snapshot(LocalDate.now(), "today (neither the file name nor its filings give a date)");
    }

    /** The numbers and name keys of the suppliers: what makes a register row worth keeping. */
    private static final class Wanted implements BasicCompanyDataReader.Filter {

        private final Set<String> numbers = new HashSet<>();
        private final Set<String> names = new HashSet<>();

        Wanted(List<SupplierProfile> suppliers) {
            for (SupplierProfile supplier : suppliers) {
                if (supplier.companyNumber() != null) {
                    numbers.add(supplier.companyNumber());
                }
                for (String name : names(supplier)) {
                    String words = CompanyNameKey.of(name).words();
                    if (!words.isEmpty()) {
                        names.add(words);
                    }
                }
            }
        }

        /** A supplier's names as the ledgers give them, with each side of "A T/A B". */
        static List<String> names(SupplierProfile supplier) {
            Map<String, Boolean> all = new LinkedHashMap<>();
            List<String> given = new ArrayList<>();
            given.add(supplier.name());
            given.addAll(supplier.otherNames());
            for (String name : given) {
                List<String> parts = NameNormaliser.tradingNames(NameNormaliser.forMatching(name));
                for (int i = 0; i < parts.size(); i++) {
                    // In "J SMITH T/A QUICKFIX" the owner is a person, not J SMITH LIMITED: the
                    // owner's side counts only when it names a company by its legal form.
                    if (parts.size() == 1
                            || i > 0
                            || !CompanyNameKey.of(parts.get(i)).form().isEmpty()) {
                        all.put(parts.get(i), Boolean.TRUE);
                    }
                }
            }
            return List.copyOf(all.keySet());
        }

        @Override
        public boolean wants(String number, String name, List<String> previousNames) {
            if (numbers.contains(number)
                    || names.contains(CompanyNameKey.of(name).words())) {
                return true;
            }
            for (String old : previousNames) {
                if (names.contains(CompanyNameKey.of(old).words())) {
                    return true;
                }
            }
            return false;
        }
    }
}
