package org.socaudit.companies;

import java.util.List;

/**
 * One row of Basic Company Data kept because it may be a supplier: the fields the checks use, as the
 * file writes them (dates dd/MM/yyyy), and the hash of its registered address so that the number of
 * companies at the address can be looked up once the whole file is counted.
 */
record CompanyRow(
        String number,
        String name,
        List<String> previousNames,
        String address,
        String postcode,
        long addressHash,
        String category,
        String status,
        String incorporated,
        String accountsCategory,
        String accountsNextDue,
        String confirmationStatementNextDue,
        List<String> sic) {}
