package org.socaudit.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a synthetic council ledger and watchlist for the screening benchmark: PAYMENTS payment
 * lines over SUPPLIERS suppliers (a few big, many small, some in high-risk trades, some sole traders
 * "T/A"), and a watchlist of WATCHLIST names, a share of them near-variants of real suppliers.
 * Deterministic: the same arguments give the same files.
 *
 * <p>Usage: {@code LedgerGenerator OUT_DIR PAYMENTS SUPPLIERS WATCHLIST}
 */
public final class LedgerGenerator {

    private static final String[] FIRST = {
        "NORTH",
        "SOUTH",
        "CITY",
        "VALLEY",
        "PENNINE",
        "RIVERSIDE",
        "ABBEY",
        "KINGS",
        "QUEENS",
        "OAK",
        "ELM",
        "ASH",
        "MOOR",
        "DALE",
        "BRIDGE",
        "HILL",
        "PARK",
        "STATION",
        "MARKET",
        "CASTLE",
        "ALPHA",
        "APEX",
        "PREMIER",
        "UNITED",
        "ALLIED",
        "METRO",
        "CROWN",
        "STAR",
        "GREEN",
        "BLUE",
        "RED",
        "SILVER",
        "GOLD",
        "SUMMIT"
    };
    /** About one supplier in five trades in a high-risk sector, as in real ledgers. */
    private static final String[] RISKY_TRADE = {
        "TAXIS", "PRIVATE HIRE", "SKIP HIRE", "WASTE MANAGEMENT", "CONSTRUCTION", "ROOFING", "CATERING",
        "CLEANING SERVICES", "SECURITY", "MOTORS", "CARE SERVICES", "COACHES", "SCAFFOLDING", "RECYCLING"
    };

    private static final String[] TRADE = {
        "OFFICE SUPPLIES", "IT SOLUTIONS", "CONSULTING", "PRINTING", "TRAINING", "FURNITURE", "LEGAL SERVICES",
        "LANDSCAPES", "ELECTRICAL", "STATIONERY", "SOFTWARE", "ENGINEERING", "RECRUITMENT", "MEDICAL SUPPLIES"
    };
    private static final String[] FORM = {"LTD", "LIMITED", "PLC", "LLP", "& SONS", "", "", "CO"};
    private static final String[] SERVICES = {
        "Adult Social Care", "Children's Services", "Waste Services", "Highways", "Housing", "Leisure",
        "Education", "Finance", "Corporate Services", "Planning", "Parks", "Libraries"
    };
    private static final String[] RISKY_CATEGORIES = {
        "Taxi Fares",
        "Skip Hire",
        "Building Repairs",
        "Catering",
        "Cleaning",
        "Security Services",
        "Vehicle Repairs",
        "Home to School Transport",
        "Waste Disposal"
    };
    private static final String[] CATEGORIES = {
        "Stationery",
        "Consultancy",
        "Software Licences",
        "Training",
        "Equipment",
        "Grants",
        "Professional Fees",
        "Furniture",
        "Printing"
    };

    private LedgerGenerator() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long payments = Long.parseLong(args[1]);
        int suppliers = Integer.parseInt(args[2]);
        int watchlist = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        String[] names = supplierNames(suppliers, new Random(1));
        writeLedger(out.resolve("ledger.csv"), names, payments, new Random(2));
        writeWatchlist(out.resolve("watchlist.csv"), names, watchlist, new Random(3));
    }

    private static final String[] SYLLABLES = {
        "ab", "ber", "cal", "dor", "en", "fal", "gar", "hol", "ing", "jor", "kel", "lan", "mor", "nor", "ost",
        "pen", "quin", "ros", "sal", "tor", "ul", "ven", "wil", "yar", "zen", "ash", "brook", "ford", "ley", "ton"
    };

    /** A made-up place or family name, so that supplier names are as varied as real ones. */
    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 3 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            word.append(pick(SYLLABLES, random));
        }
        return word.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static String[] supplierNames(int count, Random random) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            String first = random.nextInt(3) == 0 ? pick(FIRST, random) + " " + word(random) : word(random);
            String name = first + " " + pick(i % 5 == 0 ? RISKY_TRADE : TRADE, random) + " " + pick(FORM, random);
            if (random.nextInt(25) == 0) {
                name = "J " + (char) ('A' + random.nextInt(26)) + "SMITH T/A " + name;
            }
            names[i] = name.strip();
        }
        return names;
    }

    private static void writeLedger(Path file, String[] names, long payments, Random random) throws IOException {
        LocalDate start = LocalDate.of(2025, 4, 1);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("Payment Date,Amount,Organisational Unit,Supplier Name,Expenditure Category,Company Number\n");
            for (long i = 0; i < payments; i++) {
                // Skewed: a few suppliers get most payments, as in real ledgers.
                int supplier = (int) Math.min(names.length - 1, Math.abs(random.nextGaussian()) * names.length / 3);
                if (random.nextInt(4) == 0) {
                    supplier = random.nextInt(names.length);
                }
                long pence = 1000 + (long) (Math.abs(random.nextGaussian()) * 400_000);
                String company = supplier % 3 == 0 ? "" : String.format("%08d", 1_000_000 + supplier);
                writer.write(start.plusDays(random.nextInt(365)).toString());
                writer.write(',');
                writer.write(String.format("%d.%02d", pence / 100, pence % 100));
                writer.write(',');
                writer.write(SERVICES[(supplier * 7 + random.nextInt(2)) % SERVICES.length]);
                writer.write(",\"");
                writer.write(names[supplier]);
                writer.write("\",");
                String[] categories = supplier % 5 == 0 ? RISKY_CATEGORIES : CATEGORIES;
                writer.write(categories[(supplier * 5 + random.nextInt(2)) % categories.length]);
                writer.write(',');
                writer.write(company);
                writer.write('\n');
            }
        }
    }

    private static void writeWatchlist(Path file, String[] names, int count, Random random) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("Name,Company Number,Aliases\n");
            for (int i = 0; i < count; i++) {
                String name;
                if (i % 10 == 0) {
                    // A near-variant of a real supplier: a data-washing hit to find.
                    name = names[random.nextInt(names.length)]
                            .replace("LIMITED", "LTD")
                            .replace(" CO", "");
                } else {
                    name = word(random) + " " + word(random) + " "
                            + pick(random.nextBoolean() ? TRADE : RISKY_TRADE, random) + " LTD";
                }
                writer.write('"' + name + "\",,\n");
            }
        }
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }
}
