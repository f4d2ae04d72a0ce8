package org.socaudit.tabular;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.SupplierRecord;

/** Reads a supplier register (CSV or XLSX): name, company number, charity number, SIC codes and CPV codes. */
public final class SupplierFileReader {

    private static final Set<Role> REQUIRED = EnumSet.of(Role.SUPPLIER_NAME);
    private static final Set<Role> USED =
            EnumSet.of(Role.SUPPLIER_NAME, Role.COMPANY_NUMBER, Role.CHARITY_NUMBER, Role.SIC_CODES, Role.CPV_CODES);

    private final Map<Role, String> overrides;

    /** A reader that takes the columns named in {@code overrides} before any found by their usual headers. */
    public SupplierFileReader(Map<Role, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /** Streams the suppliers of a register; rows it cannot use go to issues, the rest to suppliers. */
    public ReadSummary read(Path file, Consumer<SupplierRecord> suppliers, Consumer<InputIssue> issues)
            throws InvalidInputException {
        return new TableReader(REQUIRED, USED, overrides).read(file, row -> map(row, suppliers), issues);
    }

    private static RowMapper.Outcome map(DataRow row, Consumer<SupplierRecord> suppliers) {
        String name = Fields.name(row);
        if (name == null) {
            return RowMapper.Outcome.SKIPPED;
        }
        if (Text.isRedacted(name)) {
            return RowMapper.Outcome.REDACTED;
        }
        suppliers.accept(new SupplierRecord(
                name,
                Fields.companyNumber(row),
                row.text(Role.CHARITY_NUMBER),
                Fields.sicCodes(row),
                Fields.cpvCodes(row)));
        return RowMapper.Outcome.ACCEPTED;
    }
}
