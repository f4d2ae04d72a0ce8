package org.socaudit.workbook;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.socaudit.model.CompanyMatch;
import org.socaudit.model.ControllingPerson;
import org.socaudit.model.FlagKind;
import org.socaudit.model.MatchBasis;
import org.socaudit.model.RegisterCheck;
import org.socaudit.model.RegisteredCompany;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ScreeningResult;
import org.socaudit.model.SupplierFlag;

/**
 * The Companies House sheet: every supplier as the register shows it (the company it was tied to
 * and how, status, age, address, activities, accounts, controllers) with the register's flags; the
 * suppliers with flags first. Written only when a register was given.
 */
final class CompaniesHouseSheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CompaniesHouseSheet() {}

    /** Whether a flag comes from the register (its companies or their controllers). */
    static boolean fromRegister(FlagKind kind) {
        return kind.name().startsWith("CH_") || kind.name().startsWith("PSC_") || kind == FlagKind.WATCHLIST_PSC;
    }

    /** The supplier's register flags, one a line. */
    static String flags(ScreenedSupplier supplier) {
        return supplier.flags().stream()
                .filter(f -> fromRegister(f.kind()))
                .map(SupplierFlag::toString)
                .collect(Collectors.joining("\n"));
    }

    static void write(SXSSFWorkbook workbook, Styles styles, ScreeningResult result) {
        RegisterCheck check = result.register();
        if (check == null) {
            return;
        }
        List<ScreenedSupplier> rows = result.suppliers().stream()
                .filter(s -> s.companiesHouse() != null)
                .sorted(Comparator.comparing((ScreenedSupplier s) -> flags(s).isEmpty())
                        .thenComparing(s -> !s.companiesHouse().matched())
                        .thenComparingLong(s -> -s.profile().totalPence()))
                .toList();
        List<Column<ScreenedSupplier>> columns = List.of(
                Column.of("Supplier", 30, Column.Kind.BOLD, s -> s.profile().name()),
                Column.text("Tied by", 12, s -> basis(s.companiesHouse())),
                Column.text(
                        "Company number",
                        12,
                        s -> company(s) == null ? null : company(s).number()),
                Column.text("Registered name", 30, s -> registeredName(company(s))),
                Column.text(
                        "Status",
                        14,
                        s -> company(s) == null ? null : company(s).status()),
                Column.of(
                        "Incorporated",
                        13,
                        Column.Kind.DATE,
                        s -> company(s) == null ? null : company(s).incorporated()),
                Column.text("Registered office", 34, s -> address(company(s))),
                Column.text(
                        "Activities (SIC)",
                        30,
                        s -> company(s) == null
                                ? null
                                : String.join("\n", company(s).sic())),
                Column.text(
                        "Accounts",
                        16,
                        s -> company(s) == null ? null : company(s).accountsCategory()),
                Column.text("People with significant control", 36, s -> controllers(s.companiesHouse(), check)),
                Column.text("Register flags", 44, CompaniesHouseSheet::flags),
                Column.text("Search note", 34, s -> s.companiesHouse().note()),
                Column.of("Total spend", 14, Column.Kind.MONEY, s -> s.profile().totalPence()));
        new TableSheet<>(styles, null, columns)
                .writeWithLeads(
                        workbook,
                        "Companies House",
                        "Each supplier as Companies House's register shows it, those with register flags first. A"
                                + " flag is a prompt for checks, not evidence of wrongdoing.",
                        leads(result, check),
                        rows,
                        "No supplier was checked.");
    }

    private static RegisteredCompany company(ScreenedSupplier supplier) {
        return supplier.companiesHouse().company();
    }

    private static String basis(CompanyMatch match) {
        if (!match.matched()) {
            return "Not tied";
        }
        String label = match.matchedBy().label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static String registeredName(RegisteredCompany company) {
        if (company == null) {
            return null;
        }
        if (company.previousNames().isEmpty()) {
            return company.name();
        }
        return company.name() + "\nPreviously: " + String.join("; ", company.previousNames());
    }

    private static String address(RegisteredCompany company) {
        if (company == null || company.address().isEmpty()) {
            return null;
        }
        int n = company.companiesAtAddress();
        return company.address() + "\n(" + n + (n == 1 ? " company" : " companies") + " registered here)";
    }

    private static String controllers(CompanyMatch match, RegisterCheck check) {
        if (!match.matched()) {
            return null;
        }
        if (!check.pscGiven()) {
            return "(no PSC file given)";
        }
        if (match.controllers().isEmpty()) {
            return "(none in the PSC file)";
        }
        List<String> lines = new ArrayList<>();
        for (ControllingPerson person : match.controllers()) {
            String line = person.kind() == ControllingPerson.Kind.STATEMENT
                    ? "Statement: " + person.statement().replace('-', ' ')
                    : person.name() + (person.birth().isEmpty() ? "" : ", born " + person.birth()) + " ("
                            + person.kind().label() + ")";
            if (!person.current()) {
                line += ", ceased " + person.ceasedOn().format(DAY);
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    private static List<TableSheet.Lead> leads(ScreeningResult result, RegisterCheck check) {
        Map<MatchBasis, Integer> byBasis = new EnumMap<>(MatchBasis.class);
        int notTied = 0;
        int flagged = 0;
        for (ScreenedSupplier supplier : result.suppliers()) {
            CompanyMatch match = supplier.companiesHouse();
            if (match == null) {
                continue;
            }
            if (match.matched()) {
                byBasis.merge(match.matchedBy(), 1, Integer::sum);
            } else {
                notTied++;
            }
            if (!flags(supplier).isEmpty()) {
                flagged++;
            }
        }
        int tied = byBasis.values().stream().mapToInt(Integer::intValue).sum();
        List<String> bases = new ArrayList<>();
        byBasis.forEach((basis, n) -> bases.add(n + " by " + basis.label()));
        String snapshot = String.format(
                "Basic Company Data of %s (%s), %,d companies read. %s",
                check.snapshotDate().format(DAY),
                check.snapshotDateBasis(),
                check.companiesRead(),
                check.pscGiven()
                        ? String.format("People with significant control: %,d entries read.", check.pscEntriesRead())
                        : "No people with significant control file was given, so controllers were not checked.");
        String suppliers = String.format(
                "%d of %d tied to a company%s. %d not tied: sole traders, public bodies, or a name several companies"
                        + " share (a name is tied only when one company alone has it; the search note says which)."
                        + " %d with register flags.",
                tied, tied + notTied, bases.isEmpty() ? "" : " (" + String.join(", ", bases) + ")", notTied, flagged);
        String addresses = "Suppliers sharing a registered office are flagged unless "
                + RegisteredCompany.MASS_REGISTRATION
                + " or more companies are registered there: such an address is a formation agent's, an accountant's"
                + " or a business centre's, and sharing it shows no link. Filings are overdue when due before the"
                + " snapshot date.";
        return List.of(
                new TableSheet.Lead("Snapshot", snapshot),
                new TableSheet.Lead("Suppliers", suppliers),
                new TableSheet.Lead("How to read it", addresses));
    }
}
