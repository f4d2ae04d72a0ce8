package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A company as Companies House's Basic Company Data shows it: what the toolkit checks a supplier
 * against. {@code address} is the registered office on one line; {@code companiesAtAddress} is how
 * many companies in the whole snapshot are registered there (a formation agent's address holds
 * thousands); {@code addressId} identifies that address as the count does (its first line and
 * postcode, compared as letters and digits), 0 when the register gives neither. {@code sic} holds the register's SIC entries as written ("49320 - Taxi operation").
 * Dates are null when the register leaves them empty.
 */
public record RegisteredCompany(
        String number,
        String name,
        List<String> previousNames,
        String address,
        String postcode,
        int companiesAtAddress,
        long addressId,
        String category,
        String status,
        LocalDate incorporated,
        String accountsCategory,
        LocalDate accountsNextDue,
        LocalDate confirmationStatementNextDue,
        List<String> sic) {

    /**
     * An address with at least this many companies registered at it is a formation agent's, an
     * accountant's or a business centre's: suppliers sharing it share a service, not a link.
     */
    public static final int MASS_REGISTRATION = 50;

    public RegisteredCompany {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        previousNames = List.copyOf(previousNames);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(status, "status");
        sic = List.copyOf(sic);
    }

    /** The SIC codes alone, five digits each, in the register's order ("None Supplied" gives none). */
    public List<String> sicCodes() {
        return sic.stream()
                .map(text -> text.strip().split("[\\s-]", 2)[0])
                .filter(code -> code.length() == 5 && code.chars().allMatch(Character::isDigit))
                .toList();
    }

    /** Whether the registered office is a mass-registration address (see {@link #MASS_REGISTRATION}). */
    public boolean atMassRegistrationAddress() {
        return companiesAtAddress >= MASS_REGISTRATION;
    }

    /** Whether the register shows the company as simply active (not being struck off, wound up...). */
    public boolean active() {
        return status.equalsIgnoreCase("Active");
    }
}
