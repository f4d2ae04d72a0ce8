package org.socaudit.model;

import java.util.List;

/**
 * What the register says of one supplier: the company it was tied to and how (both null when it was
 * not tied to one), its people with significant control (empty when none were read), and a note on
 * the search (a name shared by several companies, a number not on the register); empty if nothing
 * to say.
 */
public record CompanyMatch(
        RegisteredCompany company, MatchBasis matchedBy, List<ControllingPerson> controllers, String note) {

    public CompanyMatch {
        if ((company == null) != (matchedBy == null)) {
            throw new IllegalArgumentException("a company needs its match basis, and only a company has one");
        }
        controllers = List.copyOf(controllers);
        note = note == null ? "" : note;
    }

    /** A supplier not tied to any company, with why. */
    public static CompanyMatch none(String note) {
        return new CompanyMatch(null, null, List.of(), note);
    }

    /** Whether the supplier was tied to a company. */
    public boolean matched() {
        return company != null;
    }
}
