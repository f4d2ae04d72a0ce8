package org.socaudit.screening;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socaudit.model.CompanyMatch;
import org.socaudit.model.ControllingPerson;
import org.socaudit.model.FlagKind;
import org.socaudit.model.MatchBand;
import org.socaudit.model.MatchBasis;
import org.socaudit.model.RegisterCheck;
import org.socaudit.model.RegisteredCompany;
import org.socaudit.model.SupplierFlag;
import org.socaudit.model.SupplierProfile;
import org.socaudit.model.WatchlistMatch;

/**
 * The flags Companies House's register raises on suppliers: on each alone (number not on the
 * register, name unlike the supplier's, status, age, accounts, overdue filings, a controller on the
 * watchlist) and across them (a registered address or a controller shared by several suppliers).
 */
final class CompanyChecks {

    /** Register names scoring below this against every supplier name, and sharing no words, are unlike it. */
    private static final double NAME_LIKENESS = 0.80;

    /** Statements that say the company has named no one who controls it. */
    private static final Map<String, String> NO_CONTROLLER_STATEMENTS = Map.ofEntries(
            Map.entry("no-individual-or-entity-with-signficant-control", "no registrable person or entity"),
            Map.entry("no-individual-or-entity-with-significant-control", "no registrable person or entity"),
            Map.entry("psc-details-not-confirmed", "details of the controller not confirmed"),
            Map.entry("psc-exists-but-not-identified", "a controller exists but is not identified"),
            Map.entry("steps-to-find-psc-not-yet-completed", "steps to find the controller not completed"),
            Map.entry("psc-contacted-but-no-response", "the controller was contacted but did not respond"),
            Map.entry("psc-has-failed-to-confirm-changed-details", "the controller has not confirmed changed details"),
            Map.entry("restrictions-notice-issued-to-psc", "a restrictions notice was issued to the controller"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WatchlistMatcher watchlist;

    CompanyChecks(WatchlistMatcher watchlist) {
        this.watchlist = watchlist;
    }

    /** The flags for each supplier, in the order given; {@code check} holds one match per supplier. */
    List<List<SupplierFlag>> flags(List<SupplierProfile> suppliers, RegisterCheck check) {
        // Each supplier's own checks are independent (the watchlist match of its controllers costs
        // most), so they are spread over the processor's cores; the lists are then made mutable.
        List<List<SupplierFlag>> all = new ArrayList<>(java.util.stream.IntStream.range(0, suppliers.size())
                .parallel()
                .mapToObj(i -> own(suppliers.get(i), check.matches().get(i), check.snapshotDate()))
                .toList());
        sharedAddresses(suppliers, check.matches(), all);
        commonControl(suppliers, check.matches(), all);
        return all;
    }

    /** A statement flag for a supplier in a high-risk sector whose company names no controller; null if none. */
    static SupplierFlag statementFlag(CompanyMatch match) {
        if (match == null) {
            return null;
        }
        for (ControllingPerson person : match.controllers()) {
            String said = NO_CONTROLLER_STATEMENTS.get(person.statement().toLowerCase(Locale.ROOT));
            if (person.kind() == ControllingPerson.Kind.STATEMENT && person.current() && said != null) {
                return new SupplierFlag(
                        FlagKind.PSC_STATEMENT,
                        "the register's statement: " + said
                                + (person.notifiedOn() == null
                                        ? ""
                                        : " (since " + person.notifiedOn().format(DAY) + ")")
                                + ", for a supplier in a high-risk sector");
            }
        }
        return null;
    }

    private List<SupplierFlag> own(SupplierProfile supplier, CompanyMatch match, LocalDate snapshot) {
        List<SupplierFlag> flags = new ArrayList<>();
        RegisteredCompany company = match.company();
        String number = supplier.companyNumber();
        if (number != null && (company == null || !company.number().equals(number))) {
            flags.add(new SupplierFlag(
                    FlagKind.CH_NOT_ON_REGISTER,
                    "company number " + number + " on file is not on the live register (dissolved, or wrong)"
                            + (company == null
                                    ? ""
                                    : "; by " + match.matchedBy().label() + " it is " + company.name() + " ("
                                            + company.number() + ")")));
        }
        if (company == null) {
            return flags;
        }
        if (match.matchedBy() == MatchBasis.NUMBER && !resembles(supplier, company)) {
            flags.add(new SupplierFlag(
                    FlagKind.CH_NAME_MISMATCH,
                    "the register names " + company.number() + " '" + company.name() + "', not '" + supplier.name()
                            + "'"));
        }
        if (!company.active()) {
            flags.add(new SupplierFlag(FlagKind.CH_STATUS, "status on the register: " + company.status()));
        }
        LocalDate incorporated = company.incorporated();
        LocalDate first = supplier.firstPayment();
        if (incorporated != null && first != null) {
            if (incorporated.isAfter(first)) {
                flags.add(new SupplierFlag(
                        FlagKind.CH_RECENTLY_INCORPORATED,
                        "incorporated " + incorporated.format(DAY) + ", after the first payment in the files, "
                                + first.format(DAY) + " (a new company, or the wrong one)"));
            } else if (incorporated.isAfter(first.minusMonths(12))) {
                long months = ChronoUnit.MONTHS.between(incorporated, first);
                flags.add(new SupplierFlag(
                        FlagKind.CH_RECENTLY_INCORPORATED,
                        "incorporated " + incorporated.format(DAY) + ", "
                                + (months == 0 ? "under a month" : months + (months == 1 ? " month" : " months"))
                                + " before the first payment in the files, " + first.format(DAY)));
            }
        }
        String accounts = company.accountsCategory() == null
                ? ""
                : company.accountsCategory().strip();
        if (supplier.totalPence() > 0
                && (accounts.equalsIgnoreCase("DORMANT") || accounts.equalsIgnoreCase("NO ACCOUNTS FILED"))) {
            flags.add(new SupplierFlag(
                    FlagKind.CH_DORMANT_OR_NO_ACCOUNTS,
                    "accounts on the register: " + accounts.toLowerCase(Locale.ROOT) + ", yet paid "
                            + Money.format(supplier.totalPence())
                            + (accounts.equalsIgnoreCase("NO ACCOUNTS FILED")
                                            && company.accountsNextDue() != null
                                            && !company.accountsNextDue().isBefore(snapshot)
                                    ? " (its first accounts are not due until "
                                            + company.accountsNextDue().format(DAY) + ")"
                                    : "")));
        }
        List<String> overdue = new ArrayList<>();
        if (company.accountsNextDue() != null && company.accountsNextDue().isBefore(snapshot)) {
            overdue.add("accounts due " + company.accountsNextDue().format(DAY));
        }
        if (company.confirmationStatementNextDue() != null
                && company.confirmationStatementNextDue().isBefore(snapshot)) {
            overdue.add("confirmation statement due "
                    + company.confirmationStatementNextDue().format(DAY));
        }
        if (!overdue.isEmpty()) {
            flags.add(new SupplierFlag(
                    FlagKind.CH_FILINGS_OVERDUE,
                    String.join(", ", overdue) + " (overdue at the snapshot of " + snapshot.format(DAY) + ")"));
        }
        controllerOnWatchlist(match).ifPresent(flags::add);
        return flags;
    }

    /** Whether any of the supplier's names is like the registered name, current or previous. */
    private static boolean resembles(SupplierProfile supplier, RegisteredCompany company) {
        List<String> registered = new ArrayList<>();
        registered.add(company.name());
        registered.addAll(company.previousNames());
        List<String> names = new ArrayList<>();
        names.add(supplier.name());
        names.addAll(supplier.otherNames());
        for (String name : names) {
            for (String other : registered) {
                if (WatchlistMatcher.similarity(name, other) >= NAME_LIKENESS || wordsWithin(name, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every word of one name (legal form aside) stands in the other: "Tesco" in "Tesco Stores Ltd". */
    private static boolean wordsWithin(String a, String b) {
        Set<String> left = Set.of(NameNormaliser.normalise(a).split(" "));
        Set<String> right = Set.of(NameNormaliser.normalise(b).split(" "));
        if (left.contains("") || right.contains("")) {
            return false;
        }
        return right.containsAll(left) || left.containsAll(right);
    }

    /** A current controller of the company who matches a watchlist entry; the strongest such. */
    private java.util.Optional<SupplierFlag> controllerOnWatchlist(CompanyMatch match) {
        SupplierFlag best = null;
        double bestScore = 0;
        for (ControllingPerson person : match.controllers()) {
            if (!person.current()
                    || person.kind() == ControllingPerson.Kind.STATEMENT
                    || person.name().isBlank()) {
                continue;
            }
            for (WatchlistMatch m : watchlist.match(person.name(), null)) {
                boolean bornAlike = m.entry().hasBirth()
                        && m.entry().birthMonth().equals(person.birthMonth())
                        && m.entry().birthYear().equals(person.birthYear());
                boolean bornApart = m.entry().hasBirth() && person.birthYear() != null && !bornAlike;
                // A common name alone is weak: a review-band name needs the date of birth to agree.
                if (bornApart || (m.band() != MatchBand.STRONG && !bornAlike)) {
                    continue;
                }
                double score = m.score() + (bornAlike ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best = new SupplierFlag(
                            FlagKind.WATCHLIST_PSC,
                            person.kind().label() + " with significant control '" + person.name() + "'"
                                    + (person.birth().isEmpty() ? "" : " (born " + person.birth() + ")")
                                    + " matches watchlist entry '" + m.entry().name() + "' (score "
                                    + MatchReasons.twoPlaces(m.score())
                                    + (bornAlike
                                            ? ", month and year of birth agree"
                                            : m.entry().hasBirth() ? "" : ", the watchlist gives no date of birth")
                                    + ")");
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Suppliers whose companies are registered at one address that is no mass-registration address. */
    private static void sharedAddresses(
            List<SupplierProfile> suppliers, List<CompanyMatch> matches, List<List<SupplierFlag>> flags) {
        // By address, then by company: two suppliers (a renamed company under both its names) may be one company.
        Map<Long, Map<String, List<Integer>>> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < suppliers.size(); i++) {
            RegisteredCompany company = matches.get(i).company();
            // Nothing counted at the address: the register gave neither a first line nor a postcode
            // (a post town alone, say), which is no address to share.
            if (company == null || company.companiesAtAddress() < 1 || company.atMassRegistrationAddress()) {
                continue;
            }
            // The same key the count uses: first line and postcode, so a town written two ways is one address.
            long key = company.addressId();
            if (key != 0) {
                byAddress
                        .computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(company.number(), n -> new ArrayList<>(1))
                        .add(i);
            }
        }
        for (Map<String, List<Integer>> companies : byAddress.values()) {
            if (companies.size() < 2) {
                continue;
            }
            for (int i : all(companies)) {
                String own = matches.get(i).company().number();
                List<String> others = othersThan(own, companies, suppliers);
                RegisteredCompany company = matches.get(i).company();
                flags.get(i)
                        .add(new SupplierFlag(
                                FlagKind.CH_SHARED_ADDRESS,
                                "registered at " + company.address() + " with " + list(others) + " ("
                                        + company.companiesAtAddress()
                                        + (company.companiesAtAddress() == 1 ? " company" : " companies")
                                        + " registered there)"));
            }
        }
    }

    /** The same current controller (a person by name and birth, an entity by name) over several suppliers. */
    private static void commonControl(
            List<SupplierProfile> suppliers, List<CompanyMatch> matches, List<List<SupplierFlag>> flags) {
        Map<String, Map<String, List<Integer>>> byController = new LinkedHashMap<>();
        Map<String, ControllingPerson> people = new HashMap<>();
        for (int i = 0; i < suppliers.size(); i++) {
            CompanyMatch match = matches.get(i);
            if (match.company() == null) {
                continue;
            }
            for (ControllingPerson person : match.controllers()) {
                if (!person.current()
                        || person.kind() == ControllingPerson.Kind.STATEMENT
                        || person.name().isBlank()) {
                    continue;
                }
                String key = person.kind() + "|" + NameNormaliser.normalise(person.name()) + "|" + person.birth();
                people.putIfAbsent(key, person);
                List<Integer> tied = byController
                        .computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(match.company().number(), n -> new ArrayList<>(1));
                if (!tied.contains(i)) {
                    tied.add(i);
                }
            }
        }
        for (Map.Entry<String, Map<String, List<Integer>>> entry : byController.entrySet()) {
            Map<String, List<Integer>> companies = entry.getValue();
            if (companies.size() < 2) {
                continue;
            }
            ControllingPerson person = people.get(entry.getKey());
            for (int i : all(companies)) {
                Set<String> others =
                        new LinkedHashSet<>(othersThan(matches.get(i).company().number(), companies, suppliers));
                flags.get(i)
                        .add(new SupplierFlag(
                                FlagKind.PSC_COMMON_CONTROL,
                                person.kind().label() + " with significant control '" + person.name() + "'"
                                        + (person.birth().isEmpty() ? "" : " (born " + person.birth() + ")")
                                        + " also controls " + list(new ArrayList<>(others))
                                        + (person.kind() == ControllingPerson.Kind.INDIVIDUAL
                                                ? ""
                                                : " (often a group's parent)")));
            }
        }
    }

    /** Every supplier tied to any of the companies, in the order first seen. */
    private static List<Integer> all(Map<String, List<Integer>> companies) {
        List<Integer> all = new ArrayList<>();
        companies.values().forEach(all::addAll);
        return all;
    }

    /** The names of the suppliers tied to the companies other than {@code own}. */
    private static List<String> othersThan(
            String own, Map<String, List<Integer>> companies, List<SupplierProfile> suppliers) {
        List<String> others = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> company : companies.entrySet()) {
            if (!company.getKey().equals(own)) {
                company.getValue().forEach(j -> others.add(suppliers.get(j).name()));
            }
        }
        return others;
    }

    private static String list(List<String> names) {
        if (names.size() <= 3) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }
}
