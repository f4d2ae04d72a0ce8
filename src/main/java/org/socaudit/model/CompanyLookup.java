package org.socaudit.model;

import java.util.List;

/**
 * Ties suppliers to companies on a register. Given every supplier once the spending files are read,
 * it returns one match per supplier, in the same order.
 */
@FunctionalInterface
public interface CompanyLookup {

    /** Checks every supplier; may read large files, so it is called once per run. */
    RegisterCheck lookUp(List<SupplierProfile> suppliers) throws InvalidInputException, java.io.IOException;
}
