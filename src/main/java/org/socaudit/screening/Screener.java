package org.socaudit.screening;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.socaudit.model.CompanyLookup;
import org.socaudit.model.CompanyMatch;
import org.socaudit.model.Confidence;
import org.socaudit.model.FlagKind;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.MatchBand;
import org.socaudit.model.Payment;
import org.socaudit.model.RegisterCheck;
import org.socaudit.model.RegisteredCompany;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.ScreeningSettings;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SupplierFlag;
import org.socaudit.model.SupplierProfile;
import org.socaudit.model.SupplierRecord;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.model.WatchlistMatch;

/**
 * Screens suppliers and payments as they stream in: merges suppliers, totals their spend, then
 * classifies each into sectors, raises flags, matches the watchlist and recommends checks.
 */
public final class Screener {

    /** Input issues kept for the report; the rest are only counted, so memory stays bounded. */
    static final int MAX_KEPT_ISSUES = 10_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SectorClassifier classifier;
    private final WatchlistMatcher watchlist;
    private final CompanyChecks companyChecks;
    private final Recommendations recommendations;
    private final ScreeningSettings settings;
    private final SupplierLedger ledger;
    private final List<InputIssue> issues = new ArrayList<>();
    private long issueCount;

    public Screener(SectorCatalogue sectors, List<WatchlistEntry> watchlist, ScreeningSettings settings) {
        this.classifier = new SectorClassifier(sectors);
        this.watchlist = new WatchlistMatcher(watchlist);
        this.companyChecks = new CompanyChecks(this.watchlist);
        this.recommendations = new Recommendations(sectors);
        this.settings = settings;
        this.ledger = new SupplierLedger(settings.lowValuePence());
    }

    /** Adds a supplier from a register. */
    public void add(SupplierRecord record) {
        ledger.add(record);
    }

    /** Adds a payment from a ledger. */
    public void add(Payment payment) {
        ledger.add(payment);
    }

    /**
     * Ends one input file: {@code hadNumberColumn} says whether it had a company or charity number
     * column. Only a supplier listed in such a file, yet without a number, is flagged for lacking
     * one; published spending files have no such column, and flagging every supplier in them would
     * drown the flags that matter.
     */
    public void endInput(boolean hadNumberColumn) {
        ledger.endInput(hadNumberColumn);
    }

    /** Notes an input row that could not be used. */
    public void add(InputIssue issue) {
        issueCount++;
        if (issues.size() < MAX_KEPT_ISSUES) {
            issues.add(issue);
        }
    }

    /** Screens every supplier seen, with counts of what was read. */
    public ScreeningResult finish(long rows, long payments, long redacted) {
        try {
            return finish(rows, payments, redacted, null);
        } catch (InvalidInputException | IOException e) {
            throw new IllegalStateException("no register was read", e);
        }
    }

    /**
     * Screens every supplier seen, with counts of what was read, checking each against a company
     * register first when {@code register} is not null.
     */
    public ScreeningResult finish(long rows, long payments, long redacted, CompanyLookup register)
            throws InvalidInputException, IOException {
        boolean numbersGiven = ledger.accounts().stream().anyMatch(SupplierAccount::numberExpected);
        List<SupplierAccount> accounts = List.copyOf(ledger.accounts());
        List<SupplierProfile> profiles =
                accounts.stream().map(SupplierAccount::profile).toList();
        RegisterCheck check = register == null ? null : register.lookUp(profiles);
        List<List<SupplierFlag>> companyFlags = check == null ? null : companyChecks.flags(profiles, check);
        // Suppliers are screened independently, so they are spread over the processor's cores.
        List<ScreenedSupplier> screened = new ArrayList<>(IntStream.range(0, accounts.size())
                .parallel()
                .mapToObj(i -> screen(
                        accounts.get(i),
                        profiles.get(i),
                        check == null ? null : check.matches().get(i),
                        companyFlags == null ? List.of() : companyFlags.get(i)))
                .toList());
        screened.sort(
                Comparator.comparingLong((ScreenedSupplier s) -> -s.profile().totalPence())
                        .thenComparing(s -> s.profile().name()));
        return new ScreeningResult(
                rows, payments, redacted, issueCount, issues, screened, settings, numbersGiven, check);
    }

    private static boolean hasNumber(SupplierProfile profile) {
        return profile.companyNumber() != null || profile.charityNumber() != null;
    }

    private ScreenedSupplier screen(
            SupplierAccount account, SupplierProfile profile, CompanyMatch company, List<SupplierFlag> companyFlags) {
        RegisteredCompany registered = company == null ? null : company.company();
        SectorClassifier.Classification classification =
                classifier.classify(profile, registered == null ? List.of() : registered.sic());
        List<WatchlistMatch> matches = watchlistMatches(profile, registered);
        List<SupplierFlag> flags = new ArrayList<>();
        matches.stream()
                .findFirst()
                .ifPresent(best -> flags.add(new SupplierFlag(
                        best.band() == MatchBand.STRONG ? FlagKind.WATCHLIST_STRONG : FlagKind.WATCHLIST_REVIEW,
                        "'" + best.entry().name() + "' (score " + MatchReasons.twoPlaces(best.score()) + ")")));
        boolean confident = classification.hits().stream().anyMatch(h -> h.confidence() == Confidence.HIGH);
        if (account.numberExpected() && confident && !hasNumber(profile)) {
            flags.add(new SupplierFlag(
                    FlagKind.HIGH_RISK_NO_COMPANY_NUMBER,
                    "no company or charity number on file"
                            + (registered == null
                                    ? ""
                                    : " (by " + company.matchedBy().label() + " the register suggests "
                                            + registered.number() + ": confirm it and record it)")));
        }
        if (!classification.unknownSicCodes().isEmpty()) {
            flags.add(new SupplierFlag(FlagKind.UNKNOWN_SIC, String.join(", ", classification.unknownSicCodes())));
        }
        spendFlags(account, flags);
        flags.addAll(companyFlags);
        if (confident) {
            SupplierFlag statement = CompanyChecks.statementFlag(company);
            if (statement != null) {
                flags.add(statement);
            }
        }
        List<String> actions = flags.isEmpty() && classification.hits().isEmpty() && matches.isEmpty()
                ? List.of()
                : recommendations.forSupplier(classification.hits(), flags, hasNumber(profile));
        return new ScreenedSupplier(
                profile,
                classification.hits(),
                classification.notes(),
                classification.notScreenedAs(),
                flags,
                matches,
                actions,
                company);
    }

    private void spendFlags(SupplierAccount account, List<SupplierFlag> flags) {
        long low = settings.lowValuePence();
        if (account.payments() > 0 && account.totalPence() <= 0) {
            flags.add(new SupplierFlag(
                    FlagKind.NET_CREDIT,
                    "net spend " + Money.format(account.totalPence()) + " over " + account.payments()
                            + (account.payments() == 1 ? " line" : " lines")));
        } else if (account.undatedPayments() == 0
                && account.datedPayments() > 0
                && account.datedPayments() <= settings.oneOffMaxPayments()
                && account.largestPence() < low) {
            flags.add(new SupplierFlag(
                    FlagKind.LOW_LEVEL_ONE_OFF,
                    account.datedPayments() + (account.datedPayments() == 1 ? " payment" : " payments")
                            + ", each under " + Money.format(low)));
        }
        List<DayTotals.Day> split = account.splitDays(low);
        if (!split.isEmpty()) {
            DayTotals.Day worst = split.get(0);
            flags.add(new SupplierFlag(
                    FlagKind.POSSIBLE_SPLITTING,
                    worst.payments() + " payments on " + worst.date().format(DAY) + " totalling "
                            + Money.format(worst.totalPence()) + ", each under " + Money.format(low)
                            + (split.size() > 1 ? " (and " + (split.size() - 1) + " more such days)" : "")));
        }
        if (account.categoryCount() >= settings.manyCategories()) {
            flags.add(new SupplierFlag(FlagKind.MANY_CATEGORIES, account.categoryCount() + " spend categories"));
        }
    }

    /**
     * Matches each of the supplier's names, and its company's registered and previous names; one
     * match per watchlist entry, the strongest.
     */
    private List<WatchlistMatch> watchlistMatches(SupplierProfile profile, RegisteredCompany registered) {
        Map<WatchlistEntry, WatchlistMatch> best = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add(profile.name());
        names.addAll(profile.otherNames());
        for (String name : names) {
            for (WatchlistMatch match : watchlist.match(name, profile.companyNumber())) {
                best.merge(match.entry(), match, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        if (registered != null) {
            // The register's names go with the register's number: a supplier tied by name, with no
            // number on file (or a wrong one), still meets a watchlist entry that gives its company's number.
            List<String> registeredNames = new ArrayList<>();
            registeredNames.add(registered.name());
            registeredNames.addAll(registered.previousNames());
            for (String name : registeredNames) {
                for (WatchlistMatch match : watchlist.match(name, registered.number())) {
                    best.merge(match.entry(), match, (a, b) -> a.score() >= b.score() ? a : b);
                }
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparing(WatchlistMatch::band).thenComparing(m -> -m.score()))
                .toList();
    }
}
