package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socaudit.model.CompanyLookup;
import org.socaudit.model.CompanyMatch;
import org.socaudit.model.Confidence;
import org.socaudit.model.ControllingPerson;
import org.socaudit.model.FlagKind;
import org.socaudit.model.MatchBasis;
import org.socaudit.model.Payment;
import org.socaudit.model.RegisterCheck;
import org.socaudit.model.RegisteredCompany;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.ScreeningSettings;
import org.socaudit.model.SectorHit;
import org.socaudit.model.SectorRule;
import org.socaudit.model.SupplierFlag;
import org.socaudit.model.WatchlistEntry;
import org.socaudit.xml.BundledContent;

/**
 * Each Companies House flag through the screener, with a register check built by hand (the stub
 * lookup ties suppliers to companies by the supplier's name), each beside a decoy that must not
 * raise it.
 */
class CompanyChecksTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 8, 14);
    private static final LocalDate SNAPSHOT = LocalDate.of(2026, 11, 1);

    private final List<WatchlistEntry> watchlist = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final Map<String, CompanyMatch> register = new HashMap<>();

    // --- one supplier at a time -------------------------------------------------------------------------

    @Test
    void flagsANumberOnFileThatIsNotOnTheRegister() throws Exception {
        pay("Gone Away Ltd", "07654321", 100_000);
        register.put("Gone Away Ltd", CompanyMatch.none("company number 07654321 is not on the live register"));
        pay("THE CLEAN TEAM (NORTHERN) LTD", "SC123456", 64_000);
        register.put(
                "THE CLEAN TEAM (NORTHERN) LTD",
                matched(company("SC654321", "THE CLEAN TEAM (NORTHERN) LIMITED"), MatchBasis.NAME));
        // Decoys: the number on file is the register's; no number on file and none found.
        pay("Acme Cleaning Ltd", "01234567", 100_000);
        register.put("Acme Cleaning Ltd", matched(company("01234567", "ACME CLEANING LIMITED"), MatchBasis.NUMBER));
        pay("Unknown Trader", null, 100_000);

        ScreeningResult result = screen();

        assertEquals(
                List.of("Company number not on the live register: company number 07654321 on file is not on the live"
                        + " register (dissolved, or wrong)"),
                flags(result, "Gone Away Ltd", FlagKind.CH_NOT_ON_REGISTER));
        assertEquals(
                List.of("Company number not on the live register: company number SC123456 on file is not on the live"
                        + " register (dissolved, or wrong); by exact name it is THE CLEAN TEAM (NORTHERN) LIMITED"
                        + " (SC654321)"),
                flags(result, "THE CLEAN TEAM (NORTHERN) LTD", FlagKind.CH_NOT_ON_REGISTER));
        assertEquals(List.of(), chFlags(result, "Acme Cleaning Ltd"));
        assertEquals(List.of(), chFlags(result, "Unknown Trader"));
    }

    @Test
    void flagsARegisteredNameUnlikeTheSuppliersButNotATradingNameWithinIt() throws Exception {
        pay("NIGHTWATCH EVENT SECURITY LIMITED", "12345678", 240_000);
        register.put(
                "NIGHTWATCH EVENT SECURITY LIMITED",
                matched(company("12345678", "HARBOURSIDE LEISURE HOLDINGS LIMITED"), MatchBasis.NUMBER));
        pay("Tesco", "00445790", 5_000);
        register.put("Tesco", matched(company("00445790", "TESCO STORES LIMITED"), MatchBasis.NUMBER));
        pay("ACME CLEANING LTD", "01234567", 100_000);
        register.put("ACME CLEANING LTD", matched(company("01234567", "ACME CLEANING LIMITED"), MatchBasis.NUMBER));
        pay("A2B Private Hire", "15800002", 100_000);
        register.put(
                "A2B Private Hire",
                matched(
                        company("15800002", "A2B EXECUTIVE TRAVEL LIMITED", "A2B PRIVATE HIRE (NORTHBRIDGE) LIMITED"),
                        MatchBasis.NUMBER));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Registered name unlike the supplier's: the register names 12345678 'HARBOURSIDE LEISURE"
                        + " HOLDINGS LIMITED', not 'NIGHTWATCH EVENT SECURITY LIMITED'"),
                flags(result, "NIGHTWATCH EVENT SECURITY LIMITED", FlagKind.CH_NAME_MISMATCH));
        assertEquals(List.of(), chFlags(result, "Tesco"), "a trading name within the registered name");
        assertEquals(List.of(), chFlags(result, "ACME CLEANING LTD"));
        assertEquals(List.of(), chFlags(result, "A2B Private Hire"), "the company's previous name");
    }

    @Test
    void flagsAStatusOtherThanActive() throws Exception {
        pay("Strike Off Ltd", null, 100_000);
        register.put(
                "Strike Off Ltd",
                matched(company("00000001", "STRIKE OFF LIMITED").status("Active - Proposal to Strike off")));
        pay("Wound Up Ltd", null, 100_000);
        register.put(
                "Wound Up Ltd", matched(company("00000002", "WOUND UP LIMITED").status("Liquidation")));
        pay("Going Fine Ltd", null, 100_000);
        register.put("Going Fine Ltd", matched(company("00000003", "GOING FINE LIMITED")));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Company not active: status on the register: Active - Proposal to Strike off"),
                flags(result, "Strike Off Ltd", FlagKind.CH_STATUS));
        assertEquals(
                List.of("Company not active: status on the register: Liquidation"),
                flags(result, "Wound Up Ltd", FlagKind.CH_STATUS));
        assertEquals(List.of(), chFlags(result, "Going Fine Ltd"));
    }

    @Test
    void flagsACompanyIncorporatedWithinTwelveMonthsBeforeItsFirstPaymentOrAfterIt() throws Exception {
        pay("Eleven Months Ltd", null, 100_000);
        register.put(
                "Eleven Months Ltd",
                matched(company("00000001", "ELEVEN MONTHS LIMITED").incorporated(FIRST.minusMonths(11))));
        pay("Thirteen Months Ltd", null, 100_000);
        register.put(
                "Thirteen Months Ltd",
                matched(company("00000002", "THIRTEEN MONTHS LIMITED").incorporated(FIRST.minusMonths(13))));
        pay("Twelve Months Ltd", null, 100_000);
        register.put(
                "Twelve Months Ltd",
                matched(company("00000003", "TWELVE MONTHS LIMITED").incorporated(FIRST.minusMonths(12))));
        pay("After Ltd", null, 100_000);
        register.put("After Ltd", matched(company("00000004", "AFTER LIMITED").incorporated(LocalDate.of(2026, 9, 1))));
        pay("Same Week Ltd", null, 100_000);
        register.put(
                "Same Week Ltd",
                matched(company("00000005", "SAME WEEK LIMITED").incorporated(FIRST.minusDays(6))));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Incorporated shortly before first payment: incorporated 14/09/2025, 11 months before the"
                        + " first payment in the files, 14/08/2026"),
                flags(result, "Eleven Months Ltd", FlagKind.CH_RECENTLY_INCORPORATED));
        assertEquals(List.of(), chFlags(result, "Thirteen Months Ltd"));
        assertEquals(List.of(), chFlags(result, "Twelve Months Ltd"), "twelve months to the day is not within");
        assertEquals(
                List.of("Incorporated shortly before first payment: incorporated 01/09/2026, after the first payment"
                        + " in the files, 14/08/2026 (a new company, or the wrong one)"),
                flags(result, "After Ltd", FlagKind.CH_RECENTLY_INCORPORATED));
        assertEquals(
                List.of("Incorporated shortly before first payment: incorporated 08/08/2026, under a month before the"
                        + " first payment in the files, 14/08/2026"),
                flags(result, "Same Week Ltd", FlagKind.CH_RECENTLY_INCORPORATED));
    }

    @Test
    void flagsDormantOrNoAccountsWhileBeingPaidButNotASupplierInCredit() throws Exception {
        pay("Sleepy Ltd", null, 100_000);
        register.put("Sleepy Ltd", matched(company("00000001", "SLEEPY LIMITED").accounts("DORMANT")));
        pay("No Accounts Ltd", null, 250_050);
        register.put(
                "No Accounts Ltd",
                matched(company("00000002", "NO ACCOUNTS LIMITED").accounts("NO ACCOUNTS FILED")));
        pay("Credit Only Ltd", null, 10_000);
        pay("Credit Only Ltd", null, -20_000);
        register.put(
                "Credit Only Ltd",
                matched(company("00000003", "CREDIT ONLY LIMITED").accounts("DORMANT")));
        pay("Filer Ltd", null, 100_000);
        register.put("Filer Ltd", matched(company("00000004", "FILER LIMITED")));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Dormant or no accounts filed: accounts on the register: dormant, yet paid £1,000.00"),
                flags(result, "Sleepy Ltd", FlagKind.CH_DORMANT_OR_NO_ACCOUNTS));
        assertEquals(
                List.of("Dormant or no accounts filed: accounts on the register: no accounts filed, yet paid"
                        + " £2,500.50 (its first accounts are not due until 30/11/2027)"),
                flags(result, "No Accounts Ltd", FlagKind.CH_DORMANT_OR_NO_ACCOUNTS));
        assertEquals(List.of(), chFlags(result, "Credit Only Ltd"), "net credit: not being paid");
        assertTrue(supplier(result, "Credit Only Ltd").has(FlagKind.NET_CREDIT));
        assertEquals(List.of(), chFlags(result, "Filer Ltd"));
    }

    @Test
    void flagsFilingsDueBeforeTheSnapshotDate() throws Exception {
        pay("Late Accounts Ltd", null, 100_000);
        register.put(
                "Late Accounts Ltd",
                matched(company("00000001", "LATE ACCOUNTS LIMITED").due(LocalDate.of(2026, 10, 31), null)));
        pay("Late Both Ltd", null, 100_000);
        register.put(
                "Late Both Ltd",
                matched(company("00000002", "LATE BOTH LIMITED")
                        .due(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 9, 30))));
        pay("Due On The Day Ltd", null, 100_000);
        register.put(
                "Due On The Day Ltd",
                matched(company("00000003", "DUE ON THE DAY LIMITED").due(SNAPSHOT, SNAPSHOT)));
        pay("Due Later Ltd", null, 100_000);
        register.put(
                "Due Later Ltd",
                matched(company("00000004", "DUE LATER LIMITED")
                        .due(LocalDate.of(2027, 6, 30), LocalDate.of(2026, 11, 2))));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Filings overdue at Companies House: accounts due 31/10/2026 (overdue at the snapshot of"
                        + " 01/11/2026)"),
                flags(result, "Late Accounts Ltd", FlagKind.CH_FILINGS_OVERDUE));
        assertEquals(
                List.of("Filings overdue at Companies House: accounts due 31/10/2026, confirmation statement due"
                        + " 30/09/2026 (overdue at the snapshot of 01/11/2026)"),
                flags(result, "Late Both Ltd", FlagKind.CH_FILINGS_OVERDUE));
        assertEquals(List.of(), chFlags(result, "Due On The Day Ltd"));
        assertEquals(List.of(), chFlags(result, "Due Later Ltd"));
    }

    // --- across suppliers -------------------------------------------------------------------------------

    @Test
    void flagsSuppliersSharingAnAddressButNotAFormationAgents() throws Exception {
        pay("NORTHBRIDGE SKIP HIRE LTD", null, 1_351_000);
        register.put(
                "NORTHBRIDGE SKIP HIRE LTD",
                matched(company("15800001", "NORTHBRIDGE SKIP HIRE LIMITED")
                        .at("Unit 4 Canal Wharf, Northbridge, NB1 4QT", 3)));
        pay("A2B PRIVATE HIRE (NORTHBRIDGE)", null, 375_000);
        register.put(
                "A2B PRIVATE HIRE (NORTHBRIDGE)",
                matched(company("15800002", "A2B EXECUTIVE TRAVEL LIMITED")
                        .at("UNIT 4 CANAL WHARF, NORTHBRIDGE, NB1 4QT", 3)));
        pay("Formation Client One Ltd", null, 100_000);
        register.put(
                "Formation Client One Ltd",
                matched(company("15800101", "FORMATION CLIENT ONE LIMITED")
                        .at("20-22 Wenlock Road, London, N1 7GU", 500)));
        pay("Formation Client Two Ltd", null, 100_000);
        register.put(
                "Formation Client Two Ltd",
                matched(company("15800102", "FORMATION CLIENT TWO LIMITED")
                        .at("20-22 Wenlock Road, London, N1 7GU", 500)));
        // The register gives neither a first line nor a postcode: no address to share, only a town.
        pay("Townonly One Ltd", null, 100_000);
        register.put(
                "Townonly One Ltd",
                matched(company("15800104", "TOWNONLY ONE LIMITED").at("Northbridge", 0)));
        pay("Townonly Two Ltd", null, 100_000);
        register.put(
                "Townonly Two Ltd",
                matched(company("15800105", "TOWNONLY TWO LIMITED").at("Northbridge", 0)));
        pay("Alone Ltd", null, 100_000);
        register.put("Alone Ltd", matched(company("15800103", "ALONE LIMITED").at("9 Quiet Lane, Easton, EA1 1AA", 3)));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Registered address shared with another supplier: registered at Unit 4 Canal Wharf,"
                        + " Northbridge, NB1 4QT with A2B PRIVATE HIRE (NORTHBRIDGE) (3 companies registered there)"),
                flags(result, "NORTHBRIDGE SKIP HIRE LTD", FlagKind.CH_SHARED_ADDRESS));
        assertEquals(
                List.of("Registered address shared with another supplier: registered at UNIT 4 CANAL WHARF,"
                        + " NORTHBRIDGE, NB1 4QT with NORTHBRIDGE SKIP HIRE LTD (3 companies registered there)"),
                flags(result, "A2B PRIVATE HIRE (NORTHBRIDGE)", FlagKind.CH_SHARED_ADDRESS));
        assertEquals(List.of(), chFlags(result, "Formation Client One Ltd"), "a formation agent's address");
        assertEquals(List.of(), chFlags(result, "Formation Client Two Ltd"));
        assertEquals(List.of(), chFlags(result, "Alone Ltd"), "no other supplier there");
        assertEquals(List.of(), chFlags(result, "Townonly One Ltd"), "a town is no address");
        assertEquals(List.of(), chFlags(result, "Townonly Two Ltd"));
    }

    @Test
    void flagsAControllerOnTheWatchlistWhenNameAndBirthAgree() throws Exception {
        watchlist.add(new WatchlistEntry("Konstantin Velikov Dragomirov", null, List.of(), "intel"));
        watchlist.add(new WatchlistEntry("Lee Marsh", null, List.of(), "intel", 11, 1982));
        pay("Strong Name Ltd", null, 100_000);
        register.put(
                "Strong Name Ltd",
                matched(
                        company("00000001", "STRONG NAME LIMITED"),
                        person("00000001", "Konstantin Velikov Dragomirov", 5, 1979)));
        pay("Born Alike Ltd", null, 100_000);
        register.put(
                "Born Alike Ltd",
                matched(company("00000002", "BORN ALIKE LIMITED"), person("00000002", "Lee Marsh", 11, 1982)));
        pay("Born Apart Ltd", null, 100_000);
        register.put(
                "Born Apart Ltd",
                matched(company("00000003", "BORN APART LIMITED"), person("00000003", "Lee Marsh", 3, 1990)));
        pay("Ceased Ltd", null, 100_000);
        register.put(
                "Ceased Ltd",
                matched(
                        company("00000004", "CEASED LIMITED"),
                        ceased(
                                person("00000004", "Konstantin Velikov Dragomirov", 5, 1979),
                                LocalDate.of(2024, 3, 31))));

        ScreeningResult result = screen();

        List<String> strong = flags(result, "Strong Name Ltd", FlagKind.WATCHLIST_PSC);
        assertEquals(1, strong.size());
        assertTrue(
                strong.get(0)
                        .startsWith("Person with significant control on the watchlist: person with significant"
                                + " control 'Konstantin Velikov Dragomirov' (born 05/1979) matches watchlist entry"
                                + " 'Konstantin Velikov Dragomirov' (score 1.00"),
                strong.get(0));
        assertTrue(strong.get(0).endsWith(", the watchlist gives no date of birth)"), strong.get(0));
        assertEquals(
                List.of("Person with significant control on the watchlist: person with significant control 'Lee Marsh'"
                        + " (born 11/1982) matches watchlist entry 'Lee Marsh' (score 1.00, month and year of birth"
                        + " agree)"),
                flags(result, "Born Alike Ltd", FlagKind.WATCHLIST_PSC));
        assertEquals(List.of(), chFlags(result, "Born Apart Ltd"), "the same name, born another year");
        assertEquals(List.of(), chFlags(result, "Ceased Ltd"), "no longer in control");
    }

    @Test
    void flagsTheSameControllerOverTwoSuppliersButNotANamesakeOrOneWhoCeased() throws Exception {
        pay("Skips Ltd", null, 100_000);
        register.put(
                "Skips Ltd",
                matched(
                        company("15800001", "SKIPS LIMITED"),
                        person("15800001", "Darren Kelso", 5, 1979),
                        person("15800001", "Jane Namesake", 1, 1960)));
        pay("Cabs Ltd", null, 100_000);
        register.put(
                "Cabs Ltd",
                matched(
                        company("15800002", "CABS LIMITED"),
                        person("15800002", "Darren Kelso", 5, 1979),
                        person("15800002", "Jane Namesake", 1, 1988),
                        ceased(person("15800002", "Paul Former", 7, 1975), LocalDate.of(2025, 1, 1))));
        pay("Vans Ltd", null, 100_000);
        register.put(
                "Vans Ltd",
                matched(
                        company("15800003", "VANS LIMITED"),
                        ceased(person("15800003", "Paul Former", 7, 1975), LocalDate.of(2024, 6, 1))));
        pay("Loner Ltd", null, 100_000);
        register.put(
                "Loner Ltd",
                matched(
                        company("15800004", "LONER LIMITED"),
                        person("15800004", "Paul Former", 7, 1975),
                        corporate("15800004", "KELSO HOLDINGS LIMITED")));
        pay("Group Ltd", null, 100_000);
        register.put(
                "Group Ltd",
                matched(company("15800005", "GROUP LIMITED"), corporate("15800005", "KELSO HOLDINGS LIMITED")));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Same controller as another supplier: person with significant control 'Darren Kelso' (born"
                        + " 05/1979) also controls Cabs Ltd"),
                flags(result, "Skips Ltd", FlagKind.PSC_COMMON_CONTROL));
        assertEquals(
                List.of("Same controller as another supplier: person with significant control 'Darren Kelso' (born"
                        + " 05/1979) also controls Skips Ltd"),
                flags(result, "Cabs Ltd", FlagKind.PSC_COMMON_CONTROL),
                "Jane Namesake is two people, born years apart");
        assertEquals(List.of(), chFlags(result, "Vans Ltd"), "Paul Former ceased at both Cabs and Vans");
        assertEquals(
                List.of("Same controller as another supplier: legal entity with significant control 'KELSO HOLDINGS"
                        + " LIMITED' also controls Group Ltd (often a group's parent)"),
                flags(result, "Loner Ltd", FlagKind.PSC_COMMON_CONTROL),
                "Paul Former controls Loner Ltd alone now");
    }

    @Test
    void twoSuppliersTiedToOneCompanyAreBothFlaggedWithTheOtherCompanysSuppliers() throws Exception {
        // A ledger pays a renamed company under its old and new names: two suppliers, one company.
        RegisteredCompany equans = company("01738371", "EQUANS REGENERATION LIMITED", "ENGIE REGENERATION LIMITED")
                .at("1 High Street, Halifax, HX1 1AA", 2)
                .build();
        pay("Engie Regeneration Ltd", null, 100_000);
        register.put(
                "Engie Regeneration Ltd",
                new CompanyMatch(
                        equans, MatchBasis.PREVIOUS_NAME, List.of(person("01738371", "Darren Kelso", 5, 1979)), ""));
        pay("Equans Regeneration Ltd", null, 100_000);
        register.put(
                "Equans Regeneration Ltd",
                new CompanyMatch(equans, MatchBasis.NAME, List.of(person("01738371", "Darren Kelso", 5, 1979)), ""));
        pay("Gate Services Ltd", null, 50_000);
        register.put(
                "Gate Services Ltd",
                matched(
                        company("04149193", "GATE SERVICES LIMITED").at("1 High Street, Halifax, HX1 1AA", 2),
                        person("04149193", "Darren Kelso", 5, 1979)));

        ScreeningResult result = screen();

        String shared = "Registered address shared with another supplier: registered at 1 High Street, Halifax,"
                + " HX1 1AA with ";
        assertEquals(
                List.of(shared + "Gate Services Ltd (2 companies registered there)"),
                flags(result, "Engie Regeneration Ltd", FlagKind.CH_SHARED_ADDRESS));
        assertEquals(
                List.of(shared + "Gate Services Ltd (2 companies registered there)"),
                flags(result, "Equans Regeneration Ltd", FlagKind.CH_SHARED_ADDRESS),
                "the same company as Engie Regeneration Ltd, so at the same address");
        assertEquals(
                List.of(shared + "Engie Regeneration Ltd, Equans Regeneration Ltd (2 companies registered there)"),
                flags(result, "Gate Services Ltd", FlagKind.CH_SHARED_ADDRESS));
        String common = "Same controller as another supplier: person with significant control 'Darren Kelso' (born"
                + " 05/1979) also controls ";
        assertEquals(
                List.of(common + "Gate Services Ltd"),
                flags(result, "Equans Regeneration Ltd", FlagKind.PSC_COMMON_CONTROL));
        assertEquals(
                List.of(common + "Engie Regeneration Ltd, Equans Regeneration Ltd"),
                flags(result, "Gate Services Ltd", FlagKind.PSC_COMMON_CONTROL));
    }

    @Test
    void flagsANoControllerStatementOnlyForASupplierConfidentlyInAHighRiskSector() throws Exception {
        pay("Quiet Cars Ltd", null, 100_000);
        register.put(
                "Quiet Cars Ltd",
                matched(
                        company("00000001", "QUIET CARS LIMITED").sic("49320 - Taxi operation"),
                        statement("00000001", "no-individual-or-entity-with-signficant-control", null)));
        pay("Quiet Software Ltd", null, 100_000);
        register.put(
                "Quiet Software Ltd",
                matched(
                        company("00000002", "QUIET SOFTWARE LIMITED")
                                .sic("62012 - Business and domestic software development"),
                        statement("00000002", "no-individual-or-entity-with-signficant-control", null)));
        // A weak keyword alone ("Travel") is a possible sector, not a confident one.
        pay("Quiet Travel Ltd", null, 100_000);
        register.put(
                "Quiet Travel Ltd",
                matched(
                        company("00000004", "QUIET TRAVEL LIMITED"),
                        statement("00000004", "psc-details-not-confirmed", null)));
        pay("Formerly Quiet Cars Ltd", null, 100_000);
        register.put(
                "Formerly Quiet Cars Ltd",
                matched(
                        company("00000003", "FORMERLY QUIET CARS LIMITED").sic("49320 - Taxi operation"),
                        statement("00000003", "psc-details-not-confirmed", LocalDate.of(2022, 1, 1))));

        ScreeningResult result = screen();

        assertEquals(
                List.of("No registrable controller, or not confirmed: the register's statement: no registrable person"
                        + " or entity (since 01/07/2020), for a supplier in a high-risk sector"),
                flags(result, "Quiet Cars Ltd", FlagKind.PSC_STATEMENT));
        assertEquals(List.of(), supplier(result, "Quiet Software Ltd").sectorHits());
        assertEquals(List.of(), chFlags(result, "Quiet Software Ltd"), "not in a high-risk sector");
        assertFalse(supplier(result, "Quiet Travel Ltd").sectorHits().isEmpty());
        assertFalse(supplier(result, "Quiet Travel Ltd").hasConfidentSector());
        assertEquals(List.of(), chFlags(result, "Quiet Travel Ltd"), "not confidently in one");
        assertEquals(List.of(), chFlags(result, "Formerly Quiet Cars Ltd"), "the statement was withdrawn");
    }

    // --- enrichment -------------------------------------------------------------------------------

    @Test
    void aRegisterSicCodePutsASupplierInASectorWithItsOwnEvidence() throws Exception {
        pay("Blue Sky Ltd", null, 100_000);
        register.put(
                "Blue Sky Ltd", matched(company("00000001", "BLUE SKY LIMITED").sic("49320 - Taxi operation")));
        pay("Blue Sky Two Ltd", null, 100_000);

        ScreeningResult result = screen();

        ScreenedSupplier taxis = supplier(result, "Blue Sky Ltd");
        List<SectorHit> hits = taxis.sectorHits().stream()
                .filter(h -> h.rule() == SectorRule.COMPANIES_HOUSE_SIC)
                .toList();
        assertEquals(1, hits.size(), taxis.sectorHits().toString());
        SectorHit hit = hits.get(0);
        assertEquals("49320 Taxi operation", hit.evidence());
        assertEquals(Confidence.HIGH, hit.confidence());
        assertTrue(
                hit.describe(BundledContent.sectors().namesById())
                        .endsWith(": Companies House SIC 49320 Taxi operation"),
                hit.describe(BundledContent.sectors().namesById()));
        assertTrue(taxis.hasConfidentSector());
        assertEquals(List.of(), supplier(result, "Blue Sky Two Ltd").sectorHits(), "no register, no sector");
    }

    @Test
    void matchesTheWatchlistOnTheCompanysPreviousName() throws Exception {
        watchlist.add(new WatchlistEntry("Harbourside Taxis Ltd", null, List.of(), "intel"));
        pay("Bayview Leisure", "07000001", 100_000);
        register.put(
                "Bayview Leisure",
                matched(
                        company("07000001", "BAYVIEW LEISURE LIMITED", "HARBOURSIDE TAXIS LIMITED"),
                        MatchBasis.NUMBER));
        pay("Bayview Leisure Two", null, 100_000);

        ScreeningResult result = screen();

        ScreenedSupplier bayview = supplier(result, "Bayview Leisure");
        assertEquals(
                List.of("Watchlist match (strong): 'Harbourside Taxis Ltd' (score 1.00)"),
                flags(result, "Bayview Leisure", FlagKind.WATCHLIST_STRONG));
        assertEquals(
                "Harbourside Taxis Ltd",
                bayview.watchlistMatches().get(0).entry().name());
        assertTrue(supplier(result, "Bayview Leisure Two").watchlistMatches().isEmpty());
        assertNotNull(bayview.companiesHouse());
        assertEquals("07000001", bayview.companiesHouse().company().number());
    }

    @Test
    void matchesAWatchlistCompanyNumberOnTheNumberTheRegisterGivesASupplierTiedByName() throws Exception {
        // The watchlist knows the company by its number and an old trading name; the ledger has no number.
        watchlist.add(new WatchlistEntry("Nightwatch Event Security", "12345678", List.of(), "intel"));
        pay("Harbourside Leisure Holdings Ltd", null, 100_000);
        register.put(
                "Harbourside Leisure Holdings Ltd",
                matched(company("12345678", "HARBOURSIDE LEISURE HOLDINGS LIMITED"), MatchBasis.NAME));
        pay("Harbourside Marina Ltd", null, 100_000);
        register.put(
                "Harbourside Marina Ltd", matched(company("12345679", "HARBOURSIDE MARINA LIMITED"), MatchBasis.NAME));

        ScreeningResult result = screen();

        assertEquals(
                List.of("Watchlist match (strong): 'Nightwatch Event Security' (score 1.00)"),
                flags(result, "Harbourside Leisure Holdings Ltd", FlagKind.WATCHLIST_STRONG));
        assertTrue(
                supplier(result, "Harbourside Leisure Holdings Ltd")
                        .watchlistMatches()
                        .get(0)
                        .reason()
                        .contains("same company number 12345678"),
                supplier(result, "Harbourside Leisure Holdings Ltd")
                        .watchlistMatches()
                        .toString());
        assertTrue(supplier(result, "Harbourside Marina Ltd").watchlistMatches().isEmpty());
    }

    @Test
    void screensWithoutARegisterAsBefore() throws Exception {
        pay("Acme Cleaning Ltd", null, 100_000);

        Screener screener = new Screener(BundledContent.sectors(), watchlist, ScreeningSettings.DEFAULTS);
        payments.forEach(screener::add);
        ScreeningResult result = screener.finish(1, 1, 0, null);

        assertFalse(result.suppliers().get(0).flags().stream()
                .anyMatch(f -> f.kind().name().startsWith("CH_")));
    }

    // --- helpers ------------------------------------------------------------------------------

    private ScreeningResult screen() throws Exception {
        Screener screener = new Screener(BundledContent.sectors(), watchlist, ScreeningSettings.DEFAULTS);
        payments.forEach(screener::add);
        CompanyLookup lookup = suppliers -> new RegisterCheck(
                suppliers.stream()
                        .map(s -> register.getOrDefault(s.name(), CompanyMatch.none("no company of this name")))
                        .toList(),
                SNAPSHOT,
                "the date in the file name",
                1_000,
                true,
                1_000);
        return screener.finish(payments.size(), payments.size(), 0, lookup);
    }

    private void pay(String name, String number, long pence) {
        payments.add(new Payment(name, number, null, pence, FIRST, "Corporate Services", "Sundries", null, null));
    }

    private static ScreenedSupplier supplier(ScreeningResult result, String name) {
        return result.suppliers().stream()
                .filter(s -> s.profile().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no supplier " + name));
    }

    private static List<String> flags(ScreeningResult result, String name, FlagKind kind) {
        return supplier(result, name).flags().stream()
                .filter(f -> f.kind() == kind)
                .map(SupplierFlag::toString)
                .toList();
    }

    /** The supplier's register flags: any kind from Companies House or the PSC register. */
    private static List<String> chFlags(ScreeningResult result, String name) {
        return supplier(result, name).flags().stream()
                .filter(f ->
                        f.kind().name().startsWith("CH_") || f.kind().name().contains("PSC"))
                .map(SupplierFlag::toString)
                .toList();
    }

    private static CompanyMatch matched(Company company, ControllingPerson... controllers) {
        return new CompanyMatch(company.build(), MatchBasis.NAME, List.of(controllers), "");
    }

    private static CompanyMatch matched(Company company, MatchBasis basis) {
        return new CompanyMatch(company.build(), basis, List.of(), "");
    }

    private static Company company(String number, String name, String... previousNames) {
        return new Company(number, name, List.of(previousNames));
    }

    private static ControllingPerson person(String number, String name, int month, int year) {
        return new ControllingPerson(
                number,
                ControllingPerson.Kind.INDIVIDUAL,
                name,
                month,
                year,
                List.of("ownership-of-shares-75-to-100-percent"),
                LocalDate.of(2019, 4, 6),
                null,
                null);
    }

    private static ControllingPerson corporate(String number, String name) {
        return new ControllingPerson(
                number,
                ControllingPerson.Kind.CORPORATE,
                name,
                null,
                null,
                List.of("ownership-of-shares-75-to-100-percent"),
                LocalDate.of(2018, 1, 1),
                null,
                null);
    }

    private static ControllingPerson ceased(ControllingPerson person, LocalDate on) {
        return new ControllingPerson(
                person.companyNumber(),
                person.kind(),
                person.name(),
                person.birthMonth(),
                person.birthYear(),
                person.naturesOfControl(),
                person.notifiedOn(),
                on,
                person.statement());
    }

    private static ControllingPerson statement(String number, String code, LocalDate ceasedOn) {
        return new ControllingPerson(
                number,
                ControllingPerson.Kind.STATEMENT,
                null,
                null,
                null,
                List.of(),
                LocalDate.of(2020, 7, 1),
                ceasedOn,
                code);
    }

    /** A company as the register shows a plain, active, filing one; each setter changes one thing. */
    private static final class Company {
        private final String number;
        private final String name;
        private final List<String> previousNames;
        private String address;
        private int companiesAtAddress = 1;
        private String status = "Active";
        private LocalDate incorporated = LocalDate.of(2015, 2, 1);
        private String accounts = "TOTAL EXEMPTION FULL";
        private LocalDate accountsDue = LocalDate.of(2027, 11, 30);
        private LocalDate confirmationDue = LocalDate.of(2027, 2, 15);
        private List<String> sic = List.of();

        Company(String number, String name, List<String> previousNames) {
            this.number = number;
            this.name = name;
            this.previousNames = previousNames;
            this.address = number + " High Street, Northbridge, NB1 1AA";
        }

        Company at(String address, int companies) {
            this.address = address;
            this.companiesAtAddress = companies;
            return this;
        }

        Company status(String status) {
            this.status = status;
            return this;
        }

        Company incorporated(LocalDate date) {
            this.incorporated = date;
            return this;
        }

        Company accounts(String category) {
            this.accounts = category;
            return this;
        }

        Company due(LocalDate accounts, LocalDate confirmation) {
            this.accountsDue = accounts;
            this.confirmationDue = confirmation;
            return this;
        }

        Company sic(String... entries) {
            this.sic = List.of(entries);
            return this;
        }

        RegisteredCompany build() {
            return new RegisteredCompany(
                    number,
                    name,
                    previousNames,
                    address,
                    address.contains(", ") ? address.substring(address.lastIndexOf(", ") + 2) : "",
                    companiesAtAddress,
                    address.toUpperCase(java.util.Locale.ROOT)
                            .replaceAll("[^A-Z0-9]", "")
                            .hashCode(),
                    "Private Limited Company",
                    status,
                    incorporated,
                    accounts,
                    accountsDue,
                    confirmationDue,
                    sic);
        }
    }
}
