package org.socaudit.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.socaudit.benchmark.CompaniesHouseFiles.Company;
import org.socaudit.benchmark.CompaniesHouseFiles.Filings;
import org.socaudit.benchmark.CompaniesHouseFiles.PreviousName;
import org.socaudit.benchmark.CompaniesHouseFiles.Psc;

/**
 * The synthetic register behind {@link CompaniesHouseFiles#main}: streams millions of companies and
 * PSC records with realistic shapes, deterministically (fixed seeds; the same arguments give the same
 * bytes). The two files are written by two threads at once; each draws from its own random stream.
 *
 * <p>Filler companies: row {@code i} has a number that is a pure function of {@code i} (93.5%
 * England and Wales {@code 02000000 + i}, 3% {@code SC}, 1% {@code NI}, 2% {@code OC} and
 * {@code SO} LLPs, 0.5% {@code LP}), so the PSC file can point at live companies without reading
 * the CSV; ledger suppliers without a number on the ledger get {@code 15900000} onwards.
 * Their names always contain a made-up word with an "X" in it, which no name written by
 * {@link LedgerGenerator} has, so a filler company never matches a ledger supplier by accident.
 * About 8% sit at one of five formation-agent addresses (each shared by tens of thousands at full
 * size), about 10% have 1 to 3 previous names, about 2% have a status other than Active, about 4%
 * are DORMANT, a few percent are overdue with accounts or confirmation statement. SIC texts come
 * from 69 real SIC 2007 codes with their official titles (checked against
 * {@code /work/shared/reference/uk-sic-2007.csv}).
 *
 * <p>Ledger companies: about 60% of a ledger's distinct supplier names (sole traders "T/A" excepted)
 * get a register row spread evenly through the file, under the ledger's company number when it has
 * one, named as registers name them (LTD and LIMITED swapped for some, LIMITED added where the
 * ledger has no suffix), with more than the usual share of the cases the screen flags: recent
 * incorporation, non-active status, dormant or unfiled accounts, overdue filings, formation-agent and
 * shared addresses, a number whose registered name is another company's, previous names (a few taken
 * from the watchlist next to the ledger), and in the PSC file persons shared between suppliers,
 * corporate PSCs named as watchlist entries, and statements.
 */
final class CompaniesHouseGenerator {

    static final String[] SIC = {
        "70229 - Management consultancy activities other than financial management",
        "62020 - Information technology consultancy activities",
        "68209 - Other letting and operating of own or leased real estate",
        "82990 - Other business support service activities n.e.c.",
        "96090 - Other service activities n.e.c.",
        "43999 - Other specialised construction activities n.e.c.",
        "41100 - Development of building projects",
        "41202 - Construction of domestic buildings",
        "47910 - Retail sale via mail order houses or via Internet",
        "56101 - Licensed restaurants",
        "56102 - Unlicensed restaurants and cafes",
        "56103 - Take-away food shops and mobile food stands",
        "86900 - Other human health activities",
        "88100 - Social work activities without accommodation for the elderly and disabled",
        "85590 - Other education n.e.c.",
        "74909 - Other professional, scientific and technical activities n.e.c.",
        "73110 - Advertising agencies",
        "69201 - Accounting and auditing activities",
        "69202 - Bookkeeping activities",
        "64209 - Activities of other holding companies n.e.c.",
        "98000 - Residents property management",
        "47710 - Retail sale of clothing in specialised stores",
        "46900 - Non-specialised wholesale trade",
        "45111 - Sale of new cars and light motor vehicles",
        "45200 - Maintenance and repair of motor vehicles",
        "49410 - Freight transport by road",
        "49320 - Taxi operation",
        "49390 - Other passenger land transport",
        "38110 - Collection of non-hazardous waste",
        "38120 - Collection of hazardous waste",
        "38320 - Recovery of sorted materials",
        "39000 - Remediation activities and other waste management services",
        "43210 - Electrical installation",
        "43220 - Plumbing, heat and air-conditioning installation",
        "43910 - Roofing activities",
        "43341 - Painting",
        "81210 - General cleaning of buildings",
        "81299 - Other cleaning services",
        "80100 - Private security activities",
        "55100 - Hotels and similar accommodation",
        "93199 - Other sports activities",
        "90030 - Artistic creation",
        "85600 - Educational support services",
        "87900 - Other residential care activities n.e.c.",
        "62012 - Business and domestic software development",
        "62090 - Other information technology service activities",
        "63990 - Other information service activities n.e.c.",
        "71122 - Engineering related scientific and technical consulting activities",
        "71129 - Other engineering activities",
        "78109 - Other activities of employment placement agencies",
        "78200 - Temporary employment agency activities",
        "77110 - Renting and leasing of cars and light motor vehicles",
        "52290 - Other transportation support activities",
        "10710 - Manufacture of bread; manufacture of fresh pastry goods and cakes",
        "47110 - Retail sale in non-specialised stores with food, beverages or tobacco predominating",
        "43120 - Site preparation",
        "96020 - Hairdressing and other beauty treatment",
        "46190 - Agents involved in the sale of a variety of goods",
        "68100 - Buying and selling of own real estate",
        "66220 - Activities of insurance agents and brokers",
        "86210 - General medical practice activities",
        "96010 - Washing and (dry-)cleaning of textile and fur products",
        "45112 - Sale of used cars and light motor vehicles",
        "81300 - Landscape service activities",
        "69102 - Solicitors",
        "18129 - Printing n.e.c.",
        "56210 - Event catering activities",
        "74990 - Non-trading company",
        "99999 - Dormant Company"
    };

    private static final String DORMANT_SIC = "99999 - Dormant Company";

    /** The SIC text a ledger supplier's trade word points to, so that the register agrees with it. */
    private static final Map<String, String> TRADE_SIC = Map.ofEntries(
            Map.entry("TAXIS", "49320"),
            Map.entry("PRIVATE HIRE", "49320"),
            Map.entry("SKIP HIRE", "38110"),
            Map.entry("WASTE MANAGEMENT", "38110"),
            Map.entry("RECYCLING", "38320"),
            Map.entry("CONSTRUCTION", "41202"),
            Map.entry("ROOFING", "43910"),
            Map.entry("SCAFFOLDING", "43999"),
            Map.entry("CATERING", "56210"),
            Map.entry("CLEANING SERVICES", "81210"),
            Map.entry("SECURITY", "80100"),
            Map.entry("MOTORS", "45200"),
            Map.entry("CARE SERVICES", "88100"),
            Map.entry("COACHES", "49390"),
            Map.entry("IT SOLUTIONS", "62020"),
            Map.entry("SOFTWARE", "62012"),
            Map.entry("CONSULTING", "70229"),
            Map.entry("PRINTING", "18129"),
            Map.entry("TRAINING", "85590"),
            Map.entry("LEGAL SERVICES", "69102"),
            Map.entry("LANDSCAPES", "81300"),
            Map.entry("ELECTRICAL", "43210"),
            Map.entry("RECRUITMENT", "78109"),
            Map.entry("ENGINEERING", "71129"),
            Map.entry("MEDICAL SUPPLIES", "46900"),
            Map.entry("OFFICE SUPPLIES", "46900"),
            Map.entry("STATIONERY", "46900"),
            Map.entry("FURNITURE", "46900"));

    /** Formation agents: line 1, line 2, town, postcode, share of all filler rows in thousandths. */
    static final String[][] FORMATION_AGENTS = {
        {"OFFICE 12 FORMATION HOUSE", "71 CANAL STREET", "LONDON", "WC2H 9QX", "35"},
        {"SUITE 5 COMPANY HOUSE", "212 CITY ROAD", "LONDON", "EC1V 2QN", "20"},
        {"FIRST FLOOR 3 LAUREL COURT", "WELLINGTON STREET", "MANCHESTER", "M3 5AB", "12"},
        {"REGISTERED OFFICE SERVICES", "44 QUEEN STREET", "CARDIFF", "CF10 2GQ", "8"},
        {"THE OFFICE 9 HARBOUR PLACE", "", "EDINBURGH", "EH2 4QX", "5"}
    };

    private static final String[] STATUSES = {
        "Active - Proposal to Strike off",
        "Active - Proposal to Strike off",
        "Active - Proposal to Strike off",
        "Active - Proposal to Strike off",
        "Active - Proposal to Strike off",
        "Liquidation",
        "Liquidation",
        "In Administration",
        "Voluntary Arrangement",
        "Receivership Action"
    };

    /** Account categories of filers, in thousandths: the rest of the 1000 are TOTAL EXEMPTION FULL. */
    private static final String[] ACCOUNT_CATEGORIES = {
        "MICRO ENTITY", "UNAUDITED ABRIDGED", "SMALL", "FULL", "ACCOUNTS TYPE NOT AVAILABLE", "TOTAL EXEMPTION SMALL"
    };

    private static final int[] ACCOUNT_CATEGORY_SHARES = {360, 110, 30, 30, 15, 10};

    private static final String[] X_SYLLABLES = {
        "rox", "lex", "dax", "nix", "vox", "max", "tex", "bex", "fax", "hex", "lux", "pix", "zax", "kex", "jax", "wex"
    };
    private static final String[] SYLLABLES = {
        "bri", "cor", "dun", "fen", "glen", "har", "kin", "lor", "mal", "nev", "or", "pel", "rad", "sil", "tam", "ur",
        "wen", "yel", "an", "el", "ova", "ina", "ber", "cam", "del"
    };
    private static final String[] NAME_WORDS = {
        "NORTH", "SOUTH", "EAST", "WEST", "CITY", "ROYAL", "GLOBAL", "PRIME", "FIRST", "BRIGHT", "NEW", "SMART",
        "GREEN", "BLUE", "GOLDEN", "OAK", "CEDAR", "RIVER", "STONE", "MEADOW", "J & S", "A & M", "K P", "3D", "24/7",
        "ABC", "ONE", "TOTAL", "PURE", "ELITE"
    };
    private static final String[] NAME_TRAILERS = {
        "SERVICES",
        "HOLDINGS",
        "PROPERTIES",
        "CONSULTING",
        "SOLUTIONS",
        "GROUP",
        "TRADING",
        "DESIGN",
        "MEDIA",
        "PROPERTY MANAGEMENT",
        "INVESTMENTS",
        "ENTERPRISES",
        "(UK)",
        "UK",
        "INTERNATIONAL",
        "VENTURES",
        "TECHNOLOGIES",
        "CONSULTANCY",
        "DEVELOPMENTS",
        "LOGISTICS",
        "HEALTHCARE",
        "CONSTRUCTION",
        "FOODS",
        "CAPITAL",
        "STUDIO",
        "PARTNERS",
        "BUILDERS",
        "TRANSPORT",
        "MANAGEMENT",
        "RETAIL"
    };
    private static final String[] STREET_STEMS = {
        "HIGH", "CHURCH", "STATION", "MILL", "PARK", "VICTORIA", "QUEENS", "KINGS", "MAIN", "LONDON", "NEW", "GREEN",
        "MANOR", "SCHOOL", "BRIDGE", "ALBERT", "YORK", "WATER", "MARKET", "NORTH", "SOUTH", "WEST", "EAST", "OAK",
        "ELM", "BEECH", "CASTLE", "ABBEY", "GROVE", "MOUNT", "WINDSOR", "GEORGE", "CHAPEL", "BROOK", "FOREST"
    };
    private static final String[] STREET_SUFFIXES = {
        "ROAD",
        "ROAD",
        "ROAD",
        "STREET",
        "STREET",
        "LANE",
        "AVENUE",
        "CLOSE",
        "DRIVE",
        "WAY",
        "COURT",
        "PLACE",
        "GARDENS",
        "CRESCENT",
        "TERRACE",
        "HILL"
    };
    /** Town, postcode areas, county ("" for none). */
    private static final String[][] TOWNS = {
        {"LONDON", "E N SE SW W NW EC1V WC2H", ""},
        {"LONDON", "E N SE SW W NW", ""},
        {"LONDON", "E N SE SW W NW", ""},
        {"MANCHESTER", "M", "GREATER MANCHESTER"},
        {"BIRMINGHAM", "B", "WEST MIDLANDS"},
        {"LEEDS", "LS", "WEST YORKSHIRE"},
        {"SHEFFIELD", "S", "SOUTH YORKSHIRE"},
        {"BRISTOL", "BS", "AVON"},
        {"LIVERPOOL", "L", "MERSEYSIDE"},
        {"NOTTINGHAM", "NG", "NOTTINGHAMSHIRE"},
        {"LEICESTER", "LE", "LEICESTERSHIRE"},
        {"COVENTRY", "CV", "WEST MIDLANDS"},
        {"BRADFORD", "BD", "WEST YORKSHIRE"},
        {"NEWCASTLE UPON TYNE", "NE", "TYNE AND WEAR"},
        {"READING", "RG", "BERKSHIRE"},
        {"MILTON KEYNES", "MK", "BUCKINGHAMSHIRE"},
        {"NORTHAMPTON", "NN", "NORTHAMPTONSHIRE"},
        {"LUTON", "LU", "BEDFORDSHIRE"},
        {"CAMBRIDGE", "CB", "CAMBRIDGESHIRE"},
        {"OXFORD", "OX", "OXFORDSHIRE"},
        {"BRIGHTON", "BN", "EAST SUSSEX"},
        {"SOUTHAMPTON", "SO", "HAMPSHIRE"},
        {"PORTSMOUTH", "PO", "HAMPSHIRE"},
        {"EXETER", "EX", "DEVON"},
        {"PLYMOUTH", "PL", "DEVON"},
        {"NORWICH", "NR", "NORFOLK"},
        {"IPSWICH", "IP", "SUFFOLK"},
        {"CHELMSFORD", "CM", "ESSEX"},
        {"ROMFORD", "RM", "ESSEX"},
        {"CROYDON", "CR", "SURREY"},
        {"HARROW", "HA", "MIDDLESEX"},
        {"WATFORD", "WD", "HERTFORDSHIRE"},
        {"STOKE-ON-TRENT", "ST", "STAFFORDSHIRE"},
        {"DERBY", "DE", "DERBYSHIRE"},
        {"BOLTON", "BL", "LANCASHIRE"},
        {"PRESTON", "PR", "LANCASHIRE"},
        {"HULL", "HU", "EAST YORKSHIRE"},
        {"MIDDLESBROUGH", "TS", "CLEVELAND"},
        {"CARDIFF", "CF", "SOUTH GLAMORGAN"},
        {"SWANSEA", "SA", "WEST GLAMORGAN"},
        {"GLASGOW", "G", ""},
        {"EDINBURGH", "EH", ""},
        {"ABERDEEN", "AB", "ABERDEENSHIRE"},
        {"BELFAST", "BT", "COUNTY ANTRIM"}
    };

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final String[] MALE_FORENAMES = {
        "John", "David", "Michael", "Paul", "Andrew", "Mark", "James", "Richard", "Stephen", "Robert", "Peter",
        "Christopher", "Daniel", "Matthew", "Thomas", "Mohammed", "Muhammad", "Ali", "Adam", "Ryan", "Lee", "Gary",
        "Jason", "Simon", "Ian", "Darren", "Craig", "Tomasz", "Piotr", "Rajesh", "Amit", "Wei"
    };
    private static final String[] FEMALE_FORENAMES = {
        "Sarah",
        "Emma",
        "Claire",
        "Rachel",
        "Laura",
        "Nicola",
        "Joanne",
        "Helen",
        "Emily",
        "Sophie",
        "Hannah",
        "Jessica",
        "Amy",
        "Fatima",
        "Aisha",
        "Priya",
        "Anna",
        "Maria",
        "Olga",
        "Karen",
        "Susan",
        "Julie",
        "Lisa",
        "Victoria",
        "Louise",
        "Chloe",
        "Zoe",
        "Ioana"
    };
    private static final String[] MALE_TITLES = {"Mr", "Mr", "Mr", "Mr", "Mr", "Mr", "Mr", "Dr", "", ""};
    private static final String[] FEMALE_TITLES = {"Mrs", "Mrs", "Mrs", "Ms", "Ms", "Miss", "Miss", "Dr", "", ""};
    private static final String[] MALE_MIDDLE_NAMES = {"James", "John", "Paul", "Michael", "David", "Edward"};
    private static final String[] FEMALE_MIDDLE_NAMES = {"Anne", "Louise", "Marie", "Elizabeth", "Jane", "Rose"};
    private static final String[] SURNAMES = {
        "Smith",
        "Jones",
        "Williams",
        "Taylor",
        "Brown",
        "Davies",
        "Evans",
        "Wilson",
        "Thomas",
        "Johnson",
        "Roberts",
        "Robinson",
        "Thompson",
        "Wright",
        "Walker",
        "White",
        "Edwards",
        "Hughes",
        "Green",
        "Hall",
        "Lewis",
        "Harris",
        "Clarke",
        "Patel",
        "Jackson",
        "Wood",
        "Turner",
        "Martin",
        "Cooper",
        "Hill",
        "Ward",
        "Morris",
        "Moore",
        "Clark",
        "Lee",
        "King",
        "Baker",
        "Harrison",
        "Morgan",
        "Allen",
        "James",
        "Scott",
        "Phillips",
        "Watson",
        "Davis",
        "Parker",
        "Price",
        "Bennett",
        "Young",
        "Griffiths",
        "Mitchell",
        "Kelly",
        "Cook",
        "Carter",
        "Richardson",
        "Bailey",
        "Collins",
        "Bell",
        "Shaw",
        "Murphy",
        "Miller",
        "Cox",
        "Richards",
        "Khan",
        "Marshall",
        "Anderson",
        "Simpson",
        "Ellis",
        "Adams",
        "Singh",
        "Begum",
        "Ahmed",
        "Hussain",
        "Kowalski",
        "Nowak",
        "Popescu",
        "Wang",
        "Li",
        "Chen",
        "O'Brien",
        "Campbell",
        "Stewart",
        "MacDonald",
        "Reid",
        "Murray"
    };
    private static final String[] NATIONALITIES = {
        "Indian",
        "Polish",
        "Romanian",
        "Irish",
        "Chinese",
        "Pakistani",
        "Italian",
        "Nigerian",
        "American",
        "German",
        "Bulgarian",
        "Turkish",
        "Spanish",
        "French",
        "Portuguese",
        "Lithuanian"
    };
    private static final String[] RESIDENCES = {
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "England",
        "United Kingdom",
        "United Kingdom",
        "United Kingdom",
        "Scotland",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Ireland",
        "India",
        "United States"
    };
    private static final String[][] NATURES = {
        {
            "ownership-of-shares-75-to-100-percent",
            "voting-rights-75-to-100-percent",
            "right-to-appoint-and-remove-directors"
        },
        {"ownership-of-shares-75-to-100-percent", "voting-rights-75-to-100-percent"},
        {"ownership-of-shares-50-to-75-percent", "voting-rights-50-to-75-percent"},
        {"ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent"},
        {"ownership-of-shares-25-to-50-percent", "voting-rights-25-to-50-percent"},
        {"ownership-of-shares-25-to-50-percent"},
        {"significant-influence-or-control"},
        {"ownership-of-shares-25-to-50-percent-as-firm", "voting-rights-25-to-50-percent-as-firm"},
        {"ownership-of-shares-75-to-100-percent-as-trust", "voting-rights-75-to-100-percent-as-trust"}
    };
    private static final String[] LLP_NATURES = {
        "right-to-share-surplus-assets-25-to-50-percent-limited-liability-partnership",
        "voting-rights-25-to-50-percent-limited-liability-partnership"
    };
    private static final String[] STATEMENTS = {
        CompaniesHouseFiles.NO_REGISTRABLE_PERSON,
        CompaniesHouseFiles.NO_REGISTRABLE_PERSON,
        CompaniesHouseFiles.NO_REGISTRABLE_PERSON,
        CompaniesHouseFiles.NO_REGISTRABLE_PERSON,
        CompaniesHouseFiles.NO_REGISTRABLE_PERSON,
        CompaniesHouseFiles.NO_REGISTRABLE_PERSON,
        CompaniesHouseFiles.PSC_DETAILS_NOT_CONFIRMED,
        "psc-exists-but-not-identified",
        "steps-to-find-psc-not-yet-completed",
        "psc-contacted-but-no-response",
        "no-individual-or-entity-with-signficant-control-partnership"
    };

    private static final LocalDate SNAPSHOT = CompaniesHouseFiles.SNAPSHOT;
    private static final LocalDate PSC_REGIME = LocalDate.of(2016, 4, 6);
    /** The first numbers handed to ledger suppliers that have none on the ledger. */
    private static final int LEDGER_NEW_NUMBERS = 15_900_000;

    private final long rows;
    private final long pscLines;
    private final List<Company> ledgerCompanies;
    private final List<List<Psc>> ledgerPscs;
    private final List<Psc> ledgerStatements;
    private final BitSet ledgerSlots;

    private CompaniesHouseGenerator(long rows, long pscLines, Ledger ledger) {
        this.rows = Math.max(rows, ledger.companies.size());
        this.pscLines = pscLines;
        this.ledgerCompanies = ledger.companies;
        this.ledgerPscs = ledger.pscs;
        this.ledgerStatements = ledger.statements;
        this.ledgerSlots = new BitSet();
        int count = ledgerCompanies.size();
        for (int j = 0; j < count; j++) {
            ledgerSlots.set((int) ((2L * j + 1) * this.rows / (2L * count)));
        }
    }

    static CompaniesHouseGenerator create(long rows, long pscLines, Path ledgerCsv) throws IOException {
        Ledger ledger = ledgerCsv == null ? new Ledger() : Ledger.read(ledgerCsv);
        return new CompaniesHouseGenerator(rows, pscLines, ledger);
    }

    /** Writes both files at once, one thread each. */
    void writeBoth(Path csv, Path psc) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> companies = pool.submit(() -> {
                CompaniesHouseFiles.writeBasicCompanyData(csv, companies());
                return null;
            });
            Future<?> people = pool.submit(() -> {
                CompaniesHouseFiles.writePsc(psc, pscs());
                return null;
            });
            companies.get();
            people.get();
        } finally {
            pool.shutdown();
        }
    }

    // ------------------------------------------------------------------ companies

    /** The rows of the Basic Company Data file, made as they are read. */
    Iterable<Company> companies() {
        return () -> new Generated<>() {
            private final SplittableRandom random = new SplittableRandom(20261101L);
            private long row;
            private int ledgerNext;

            @Override
            Company make() {
                if (row >= rows) {
                    return null;
                }
                long i = row++;
                progress("companies", i);
                if (i < Integer.MAX_VALUE && ledgerSlots.get((int) i) && ledgerNext < ledgerCompanies.size()) {
                    return ledgerCompanies.get(ledgerNext++);
                }
                return filler(i, random);
            }
        };
    }

    /** Prefix class of filler row i: 0-2 SC, 3 NI, 4 OC, 5 SO, 6 LP, else England and Wales. */
    static String fillerNumber(long i) {
        int r = (int) (i % 200);
        long k = i / 200;
        if (r < 6) {
            return "SC" + sixDigits(100_000 + k * 6 + r);
        } else if (r < 8) {
            return "NI" + sixDigits(10_000 + k * 2 + (r - 6));
        } else if (r < 11) {
            return "OC" + sixDigits(300_000 + k * 3 + (r - 8));
        } else if (r == 11) {
            return "SO" + sixDigits(300_000 + k);
        } else if (r == 12) {
            return "LP" + sixDigits(10_000 + k);
        }
        return eightDigits(2_000_000 + i);
    }

    private static boolean isLlp(String number) {
        return number.startsWith("OC") || number.startsWith("SO");
    }

    private static boolean isLp(String number) {
        return number.startsWith("LP");
    }

    private Company filler(long i, SplittableRandom random) {
        String number = fillerNumber(i);
        String category;
        String suffix;
        if (isLlp(number)) {
            category = "Limited Liability Partnership";
            suffix = "LLP";
        } else if (isLp(number)) {
            category = "Limited Partnership";
            suffix = random.nextInt(3) == 0 ? "L.P." : "LP";
        } else {
            int c = random.nextInt(1000);
            if (c < 30) {
                category = "PRI/LTD BY GUAR/NSC (Private, limited by guarantee, no share capital)";
            } else if (c < 36) {
                category = "Community Interest Company";
            } else if (c < 37) {
                category = "Public Limited Company";
            } else {
                category = "Private Limited Company";
            }
            suffix = category.startsWith("Public")
                    ? "PLC"
                    : category.startsWith("Community")
                            ? "C.I.C."
                            : random.nextInt(100) < 61 ? "LIMITED" : random.nextInt(30) == 0 ? "LTD." : "LTD";
        }
        String name = fillerName(random) + " " + suffix;
        LocalDate incorporated = incorporationDate(random);
        String[] address = address(random, number);
        String status = random.nextInt(100) < 98 ? "Active" : STATUSES[random.nextInt(STATUSES.length)];
        Filings filings = Filings.onTime(incorporated, SNAPSHOT);
        String accountsNext = filings.accountsNextDue();
        String accountsLast = filings.accountsLastMadeUp();
        String confNext = filings.confStmtNextDue();
        String confLast = filings.confStmtLastMadeUp();
        String accountsCategory;
        boolean dormant = false;
        if (isLp(number)) {
            accountsCategory = "NO ACCOUNTS FILED";
            accountsNext = "";
            accountsLast = "";
            confNext = "";
            confLast = "";
        } else if (accountsLast.isEmpty()) {
            accountsCategory = "NO ACCOUNTS FILED";
        } else {
            int c = random.nextInt(1000);
            if (c < 43) {
                accountsCategory = "DORMANT";
                dormant = true;
            } else {
                accountsCategory = "TOTAL EXEMPTION FULL";
                int at = 43;
                for (int k = 0; k < ACCOUNT_CATEGORIES.length; k++) {
                    at += ACCOUNT_CATEGORY_SHARES[k];
                    if (c < at) {
                        accountsCategory = ACCOUNT_CATEGORIES[k];
                        break;
                    }
                }
            }
        }
        if (!accountsNext.isEmpty() && random.nextInt(100) < 3) {
            String[] overdue = overdueAccounts(incorporated, random);
            accountsNext = overdue[0];
            accountsLast = overdue[1];
            if (accountsLast.isEmpty()) {
                accountsCategory = "NO ACCOUNTS FILED";
            }
        }
        if (!confNext.isEmpty() && random.nextInt(100) < 3) {
            String[] overdue = overdueStatement(incorporated, random);
            confNext = overdue[0];
            confLast = overdue[1];
        }
        return new Company(
                name,
                number,
                random.nextInt(100) == 0 ? "C/O " + fillerName(random) + " ACCOUNTANTS" : "",
                random.nextInt(2000) == 0 ? "PO BOX " + (1 + random.nextInt(9000)) : "",
                address[0],
                address[1],
                address[2],
                address[3],
                address[4],
                address[5],
                category,
                status,
                "United Kingdom",
                "",
                CompaniesHouseFiles.formatDate(incorporated),
                accountsNext,
                accountsLast,
                accountsCategory,
                confNext,
                confLast,
                dormant && random.nextInt(10) < 8 ? List.of(DORMANT_SIC) : sicTexts(random),
                previousNames(random, incorporated));
    }

    /**
     * Accounts overdue at the snapshot: next due date and last made-up date, consistent with each
     * other (the last accounts a year before the ones now overdue; none if that is before
     * incorporation).
     */
    static String[] overdueAccounts(LocalDate incorporated, SplittableRandom random) {
        LocalDate due = SNAPSHOT.minusDays(1 + random.nextInt(400));
        LocalDate reference = due.minusMonths(9);
        LocalDate last = reference.minusYears(1);
        last = last.withDayOfMonth(last.lengthOfMonth());
        return new String[] {
            CompaniesHouseFiles.formatDate(due),
            last.isAfter(incorporated.plusMonths(6)) ? CompaniesHouseFiles.formatDate(last) : ""
        };
    }

    /** A confirmation statement overdue at the snapshot: next due date and last made-up date. */
    static String[] overdueStatement(LocalDate incorporated, SplittableRandom random) {
        LocalDate due = SNAPSHOT.minusDays(1 + random.nextInt(300));
        LocalDate last = due.minusDays(14).minusYears(1);
        return new String[] {
            CompaniesHouseFiles.formatDate(due), last.isAfter(incorporated) ? CompaniesHouseFiles.formatDate(last) : ""
        };
    }

    private static String fillerName(SplittableRandom random) {
        StringBuilder name = new StringBuilder(40);
        if (random.nextInt(4) == 0) {
            name.append(pick(NAME_WORDS, random)).append(' ');
        }
        name.append(xWord(random));
        int more = random.nextInt(10);
        if (more < 3) {
            name.append(' ').append(word(random));
        }
        if (random.nextInt(2) == 0) {
            name.append(' ').append(pick(NAME_TRAILERS, random));
        }
        int quirk = random.nextInt(10_000);
        if (quirk < 20) {
            name.insert(0, "THE ");
        } else if (quirk < 40) {
            name.append("'S");
        } else if (quirk < 45) {
            name.append(", ").append(word(random)).append(" & CO");
        } else if (quirk == 45) {
            // A quoted word, as in a handful of real names: the CSV must double the quotes.
            int space = name.indexOf(" ");
            name.insert(space < 0 ? name.length() : space, '"').insert(0, '"');
        }
        return name.toString();
    }

    /** A made-up word with an X in it: never produced by {@link LedgerGenerator}. */
    private static String xWord(SplittableRandom random) {
        String x = pick(X_SYLLABLES, random);
        String other = pick(SYLLABLES, random);
        String word = random.nextBoolean() ? x + other : other + x;
        if (random.nextInt(3) == 0) {
            word += pick(SYLLABLES, random);
        }
        return word.toUpperCase(Locale.ROOT);
    }

    private static String word(SplittableRandom random) {
        return (pick(SYLLABLES, random) + pick(SYLLABLES, random)).toUpperCase(Locale.ROOT);
    }

    /** Skewed to recent years, as the live register is: a median age of about five years. */
    private static LocalDate incorporationDate(SplittableRandom random) {
        double age = -Math.log(1 - random.nextDouble()) * 7.0;
        long days = (long) Math.min(age * 365.25, 365.25 * 70);
        LocalDate date = SNAPSHOT.minusDays(1 + days);
        return date;
    }

    /** line 1, line 2, town, county, country, postcode. */
    private static String[] address(SplittableRandom random, String number) {
        int agent = random.nextInt(1000);
        int at = 0;
        for (String[] formation : FORMATION_AGENTS) {
            at += Integer.parseInt(formation[4]);
            if (agent < at) {
                return new String[] {
                    formation[0],
                    formation[1],
                    formation[2],
                    "",
                    random.nextBoolean() ? "ENGLAND" : "UNITED KINGDOM",
                    formation[3]
                };
            }
        }
        String[] town;
        if (number.startsWith("SC") || number.startsWith("SO")) {
            town = TOWNS[40 + random.nextInt(3)];
        } else if (number.startsWith("NI")) {
            town = TOWNS[43];
        } else {
            town = TOWNS[random.nextInt(40)];
        }
        String line1;
        int shape = random.nextInt(20);
        int house = 1 + random.nextInt(random.nextInt(4) == 0 ? 400 : 60);
        if (shape < 11) {
            line1 = house + " " + street(random);
        } else if (shape < 15) {
            line1 = word(random) + " HOUSE " + house + " " + street(random);
        } else if (shape < 17) {
            line1 = "UNIT " + house + " " + word(random) + " BUSINESS PARK";
        } else if (shape < 19) {
            line1 = "FLAT " + house + " " + word(random) + " COURT";
        } else {
            line1 = word(random) + " FARM";
        }
        String line2 =
                switch (random.nextInt(8)) {
                    case 0, 1, 2 -> "";
                    case 3, 4 -> street(random);
                    default -> word(random);
                };
        String[] areas = town[1].split(" ");
        String area = areas[random.nextInt(areas.length)];
        String postcode = (Character.isDigit(area.charAt(area.length() - 1))
                        ? area
                        : area + (1 + random.nextInt(area.length() == 1 ? 30 : 20)))
                + " " + random.nextInt(10) + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
        String country =
                switch (random.nextInt(20)) {
                    case 0, 1, 2, 3, 4 -> "";
                    case 5, 6, 7, 8, 9, 10 -> countryOf(town[0]);
                    default -> "UNITED KINGDOM";
                };
        return new String[] {line1, line2, town[0], random.nextInt(3) == 0 ? town[2] : "", country, postcode};
    }

    private static String countryOf(String town) {
        return switch (town) {
            case "GLASGOW", "EDINBURGH", "ABERDEEN" -> "SCOTLAND";
            case "CARDIFF", "SWANSEA" -> "WALES";
            case "BELFAST" -> "NORTHERN IRELAND";
            default -> "ENGLAND";
        };
    }

    private static String street(SplittableRandom random) {
        return pick(STREET_STEMS, random) + " " + pick(STREET_SUFFIXES, random);
    }

    /** One code mostly; up to four; 3% "None Supplied". Common codes (earlier in the list) more often. */
    private static List<String> sicTexts(SplittableRandom random) {
        int n = random.nextInt(100);
        int count = n < 3 ? 0 : n < 85 ? 1 : n < 95 ? 2 : n < 98 ? 3 : 4;
        List<String> texts = new ArrayList<>(count);
        while (texts.size() < count) {
            double u = random.nextDouble();
            String sic = SIC[(int) (u * u * (SIC.length - 2))];
            if (!texts.contains(sic)) {
                texts.add(sic);
            }
        }
        return texts;
    }

    /** About 10% have 1 to 3 previous names, the most recent first. */
    private static List<PreviousName> previousNames(SplittableRandom random, LocalDate incorporated) {
        return random.nextInt(10) == 0 ? somePreviousNames(random, incorporated) : List.of();
    }

    private static List<PreviousName> somePreviousNames(SplittableRandom random, LocalDate incorporated) {
        int count = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3) == 0 ? 2 : 1);
        long span = Math.max(1, SNAPSHOT.toEpochDay() - incorporated.toEpochDay() - 1);
        List<PreviousName> names = new ArrayList<>(count);
        long latest = SNAPSHOT.toEpochDay() - 1;
        for (int k = 0; k < count; k++) {
            long day = incorporated.toEpochDay() + 1 + random.nextLong(span);
            latest = Math.min(latest, day);
            names.add(new PreviousName(
                    CompaniesHouseFiles.formatDate(LocalDate.ofEpochDay(latest)),
                    fillerName(random) + (random.nextBoolean() ? " LIMITED" : " LTD")));
            latest -= 1;
            span = Math.max(1, latest - incorporated.toEpochDay());
        }
        return names;
    }

    // ------------------------------------------------------------------ PSC records

    /**
     * The records of the PSC snapshot: persons first (ledger companies' spread among them), then the
     * statements, as the real snapshot orders them. PSC_LINES records in all (more only when the
     * ledger's own exceed it).
     */
    Iterable<Psc> pscs() {
        int ledgerPersons = ledgerPscs.stream().mapToInt(List::size).sum();
        long statementBudget = Math.max(ledgerStatements.size(), Math.round(pscLines * 0.058));
        long personBudget = Math.max(ledgerPersons, pscLines - statementBudget);
        long fillerPersons = personBudget - ledgerPersons;
        long fillerStatements = Math.max(0, pscLines - personBudget - ledgerStatements.size());
        return () -> new Generated<>() {
            private final SplittableRandom random = new SplittableRandom(20160406L);
            private final List<Psc> pending = new ArrayList<>();
            private int pendingAt;
            private long fillerWritten;
            private long statementsWritten;
            private int ledgerNext;
            private int ledgerStatementNext;
            private long liveRow;
            private long dissolved;
            private long written;

            @Override
            Psc make() {
                while (pendingAt >= pending.size()) {
                    pending.clear();
                    pendingAt = 0;
                    if (!refill()) {
                        return null;
                    }
                }
                progress("PSC records", written++);
                return pending.get(pendingAt++);
            }

            private boolean refill() {
                if (fillerWritten < fillerPersons || ledgerNext < ledgerPscs.size()) {
                    // A ledger company's persons every so often, evenly among the filler.
                    long due = ledgerPscs.isEmpty()
                            ? Long.MAX_VALUE
                            : (ledgerNext + 1) * fillerPersons / (ledgerPscs.size() + 1);
                    if (ledgerNext < ledgerPscs.size() && (fillerWritten >= due || fillerWritten >= fillerPersons)) {
                        pending.addAll(ledgerPscs.get(ledgerNext++));
                        return true;
                    }
                    List<Psc> company = fillerPersons(random);
                    int take = (int) Math.min(company.size(), fillerPersons - fillerWritten);
                    pending.addAll(company.subList(0, take));
                    fillerWritten += take;
                    return true;
                }
                if (ledgerStatementNext < ledgerStatements.size()) {
                    pending.add(ledgerStatements.get(ledgerStatementNext++));
                    return true;
                }
                if (statementsWritten < fillerStatements) {
                    pending.add(fillerStatement(random));
                    statementsWritten++;
                    return true;
                }
                return false;
            }

            /** The next company with persons: about 70% live companies in row order, the rest dissolved. */
            private String nextCompany(SplittableRandom random) {
                while (liveRow < rows && random.nextInt(10) < 7) {
                    long i = liveRow++;
                    if (i < Integer.MAX_VALUE && ledgerSlots.get((int) i)) {
                        continue;
                    }
                    String number = fillerNumber(i);
                    if (!isLp(number)) {
                        return number;
                    }
                }
                return eightDigits(2_000_000 + rows + dissolved++);
            }

            private List<Psc> fillerPersons(SplittableRandom random) {
                String number = nextCompany(random);
                int n = random.nextInt(100);
                int count = n < 50 ? 1 : n < 85 ? 2 : n < 95 ? 3 : 4;
                List<Psc> persons = new ArrayList<>(count);
                for (int k = 0; k < count; k++) {
                    persons.add(randomPerson(number, random));
                }
                return persons;
            }

            private Psc fillerStatement(SplittableRandom random) {
                String number = random.nextInt(10) < 7 && rows > 0
                        ? fillerNumber(random.nextLong(rows))
                        : eightDigits(2_000_000 + rows + random.nextLong(Math.max(1, dissolved + 1)));
                Psc statement = Psc.statement(number, pick(STATEMENTS, random), notifiedOn(random));
                return random.nextInt(10) < 3 ? statement.ceased(ceasedOn(statement.notifiedOn(), random)) : statement;
            }
        };
    }

    /** A person (93%) or a corporate entity, a sixth of them ceased. */
    static Psc randomPerson(String number, SplittableRandom random) {
        String notified = notifiedOn(random);
        Psc psc;
        if (random.nextInt(100) < 7) {
            psc = Psc.corporate(
                    number, fillerName(random) + " " + (random.nextInt(5) == 0 ? "HOLDINGS LTD" : "LIMITED"), notified);
        } else {
            boolean male = random.nextInt(100) < 68;
            String forename = pick(male ? MALE_FORENAMES : FEMALE_FORENAMES, random);
            String surname = pick(SURNAMES, random);
            String title = pick(male ? MALE_TITLES : FEMALE_TITLES, random);
            String middle =
                    random.nextInt(100) < 35 ? pick(male ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES, random) + " " : "";
            String name = (title.isEmpty() ? "" : title + " ") + forename + " " + middle + surname;
            int year = 1940 + random.nextInt(66);
            psc = Psc.individual(number, forename, surname, 1 + random.nextInt(12), year, notified)
                    .withName(name);
            if (random.nextInt(100) >= 82) {
                psc = psc.withNationality(pick(NATIONALITIES, random), pick(RESIDENCES, random));
            } else if (random.nextInt(100) >= 70) {
                psc = psc.withNationality("British", pick(RESIDENCES, random));
            }
        }
        psc = psc.withNaturesOfControl(isLlp(number) ? LLP_NATURES : pick(NATURES, random));
        if (random.nextInt(6) == 0) {
            psc = psc.ceased(ceasedOn(notified, random));
        }
        return psc;
    }

    private static String notifiedOn(SplittableRandom random) {
        if (random.nextInt(100) < 35) {
            return PSC_REGIME.toString();
        }
        long span = SNAPSHOT.toEpochDay() - PSC_REGIME.toEpochDay();
        return LocalDate.ofEpochDay(PSC_REGIME.toEpochDay() + random.nextLong(span))
                .toString();
    }

    private static String ceasedOn(String notifiedOn, SplittableRandom random) {
        long from = LocalDate.parse(notifiedOn).toEpochDay() + 1;
        long span = Math.max(1, SNAPSHOT.toEpochDay() - from);
        return LocalDate.ofEpochDay(from + random.nextLong(span)).toString();
    }

    // ------------------------------------------------------------------ the ledger's suppliers

    /** The ledger suppliers put on the register, with their PSC records. */
    static final class Ledger {
        final List<Company> companies = new ArrayList<>();
        final List<List<Psc>> pscs = new ArrayList<>();
        final List<Psc> statements = new ArrayList<>();

        static Ledger read(Path ledgerCsv) throws IOException {
            Map<String, String> suppliers = new LinkedHashMap<>();
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            try (Reader reader = Files.newBufferedReader(ledgerCsv, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.builder()
                            .setReader(reader)
                            .setFormat(format)
                            .get()) {
                for (CSVRecord record : parser) {
                    String name = record.get("Supplier Name").strip();
                    String number = record.isMapped("Company Number") ? record.get("Company Number") : "";
                    suppliers.merge(name, number, (old, now) -> old.isEmpty() ? now : old);
                }
            }
            List<String> watchlist = new ArrayList<>();
            Path watchlistCsv = ledgerCsv.resolveSibling("watchlist.csv");
            if (Files.exists(watchlistCsv)) {
                try (Reader reader = Files.newBufferedReader(watchlistCsv, StandardCharsets.UTF_8);
                        CSVParser parser = CSVParser.builder()
                                .setReader(reader)
                                .setFormat(format)
                                .get()) {
                    for (CSVRecord record : parser) {
                        watchlist.add(record.get(0).strip());
                    }
                }
            }
            Ledger ledger = new Ledger();
            ledger.build(suppliers, watchlist);
            return ledger;
        }

        private void build(Map<String, String> suppliers, List<String> watchlist) {
            SplittableRandom random = new SplittableRandom(6060L);
            int fresh = 0;
            Company sharedAddressOf = null;
            List<Psc> sharedPersons = new ArrayList<>();
            for (Map.Entry<String, String> supplier : suppliers.entrySet()) {
                String ledgerName = supplier.getKey();
                if (ledgerName.contains(" T/A ") || random.nextInt(100) >= 60) {
                    continue;
                }
                String number =
                        supplier.getValue().isEmpty() ? eightDigits(LEDGER_NEW_NUMBERS + fresh++) : supplier.getValue();
                String registered = registeredName(ledgerName, random);
                if (!supplier.getValue().isEmpty() && random.nextInt(100) < 2) {
                    // The number on the ledger is another company's: the register's name is unlike it.
                    registered = xWord(random) + " " + pick(NAME_TRAILERS, random) + " LIMITED";
                }
                LocalDate incorporated = random.nextInt(100) < 4
                        ? LocalDate.of(2024, 4, 1).plusDays(random.nextInt(600))
                        : LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 28));
                String[] address = address(random, number);
                Company company = Company.of(
                                registered,
                                number,
                                address[0],
                                address[2],
                                address[5],
                                CompaniesHouseFiles.formatDate(incorporated),
                                sicFor(ledgerName, random).toArray(String[]::new))
                        .withCategory(
                                registered.endsWith(" PLC")
                                        ? "Public Limited Company"
                                        : registered.endsWith(" LLP")
                                                ? "Limited Liability Partnership"
                                                : "Private Limited Company");
                if (random.nextInt(100) < 1 && sharedAddressOf != null) {
                    // Two suppliers at one ordinary (not formation-agent) address.
                    company = company.withAddress(
                            sharedAddressOf.addressLine1(), sharedAddressOf.postTown(), sharedAddressOf.postCode());
                }
                if (random.nextInt(50) == 0) {
                    sharedAddressOf = company;
                }
                int roll = random.nextInt(100);
                if (roll < 6) {
                    company = company.withStatus(pick(STATUSES, random));
                } else if (roll < 9) {
                    company = company.withAccountsCategory("DORMANT");
                } else if (roll < 11 && incorporated.isBefore(LocalDate.of(2024, 1, 1))) {
                    company = company.withAccountsCategory("NO ACCOUNTS FILED")
                            .withAccountsNextDueDate(
                                    CompaniesHouseFiles.formatDate(SNAPSHOT.minusDays(30 + random.nextInt(700))))
                            .withAccountsLastMadeUpDate("");
                } else if (roll < 14) {
                    String[] overdue = overdueAccounts(incorporated, random);
                    company = company.withAccountsNextDueDate(overdue[0]).withAccountsLastMadeUpDate(overdue[1]);
                    if (overdue[1].isEmpty()) {
                        company = company.withAccountsCategory("NO ACCOUNTS FILED");
                    }
                } else if (roll < 16) {
                    String[] overdue = overdueStatement(incorporated, random);
                    company = company.withConfStmtNextDueDate(overdue[0]).withConfStmtLastMadeUpDate(overdue[1]);
                } else if (company.accountsLastMadeUpDate().isEmpty()) {
                    company = company.withAccountsCategory("NO ACCOUNTS FILED");
                }
                int previous = random.nextInt(100);
                if (previous < 1 && !watchlist.isEmpty()) {
                    company = company.withPreviousNames(new PreviousName(
                            CompaniesHouseFiles.formatDate(incorporated.plusDays(200)),
                            watchlist.get(random.nextInt(watchlist.size()))));
                } else if (previous < 11) {
                    company = company.withPreviousNames(
                            somePreviousNames(random, incorporated).toArray(PreviousName[]::new));
                }
                companies.add(company);

                List<Psc> persons = new ArrayList<>();
                int kind = random.nextInt(100);
                if (kind < 3) {
                    statements.add(Psc.statement(
                            number,
                            random.nextInt(4) == 0
                                    ? CompaniesHouseFiles.PSC_DETAILS_NOT_CONFIRMED
                                    : CompaniesHouseFiles.NO_REGISTRABLE_PERSON,
                            notifiedOn(random)));
                } else if (kind < 4 && !watchlist.isEmpty()) {
                    persons.add(
                            Psc.corporate(number, watchlist.get(random.nextInt(watchlist.size())), notifiedOn(random)));
                } else if (kind < 6 && !sharedPersons.isEmpty()) {
                    // The same person controls another supplier too.
                    Psc other = sharedPersons.get(random.nextInt(sharedPersons.size()));
                    persons.add(new Psc(
                            number,
                            other.kind(),
                            other.name(),
                            other.forename(),
                            other.surname(),
                            other.birthMonth(),
                            other.birthYear(),
                            other.nationality(),
                            other.countryOfResidence(),
                            other.naturesOfControl(),
                            notifiedOn(random),
                            null,
                            null));
                } else {
                    int count = 1 + (random.nextInt(3) == 0 ? 1 : 0);
                    for (int k = 0; k < count; k++) {
                        Psc person = randomPerson(number, random);
                        persons.add(person);
                        if (random.nextInt(20) == 0 && person.ceasedOn() == null) {
                            sharedPersons.add(person);
                        }
                    }
                }
                pscs.add(persons);
            }
        }

        /** The name a register gives a supplier: LTD and LIMITED swapped for some, LIMITED added if none. */
        private static String registeredName(String ledgerName, SplittableRandom random) {
            if (ledgerName.endsWith(" LTD")) {
                return random.nextBoolean()
                        ? ledgerName.substring(0, ledgerName.length() - 4) + " LIMITED"
                        : ledgerName;
            }
            if (ledgerName.endsWith(" LIMITED")) {
                return random.nextInt(10) < 3 ? ledgerName.substring(0, ledgerName.length() - 8) + " LTD" : ledgerName;
            }
            if (ledgerName.endsWith(" PLC") || ledgerName.endsWith(" LLP")) {
                return ledgerName;
            }
            return ledgerName + (random.nextInt(4) == 0 ? " LTD" : " LIMITED");
        }

        private static List<String> sicFor(String ledgerName, SplittableRandom random) {
            for (Map.Entry<String, String> trade : TRADE_SIC.entrySet()) {
                if (ledgerName.contains(trade.getKey())) {
                    for (String sic : SIC) {
                        if (sic.startsWith(trade.getValue())) {
                            return random.nextInt(20) == 0 ? List.of() : List.of(sic);
                        }
                    }
                }
            }
            return sicTexts(random);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void progress(String what, long count) {
        if (count > 0 && count % 1_000_000 == 0) {
            System.err.println(what + ": " + count);
        }
    }

    private static String sixDigits(long value) {
        String digits = Long.toString(value);
        return "000000".substring(Math.min(6, digits.length())) + digits;
    }

    private static String eightDigits(long value) {
        String digits = Long.toString(value);
        return "00000000".substring(Math.min(8, digits.length())) + digits;
    }

    private static <T> T pick(T[] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }

    /** An iterator over values made one at a time; {@link #make} returns null at the end. */
    private abstract static class Generated<T> implements Iterator<T> {
        private T next;
        private boolean done;

        abstract T make();

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = make();
                done = next == null;
            }
            return next != null;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T value = next;
            next = null;
            return value;
        }
    }
}
