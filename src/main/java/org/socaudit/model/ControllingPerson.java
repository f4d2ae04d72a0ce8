package org.socaudit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the register of people with significant control for a company: a person, a legal
 * entity, or a statement that there is none or that details are not confirmed. For a statement,
 * {@code name} is empty and {@code statement} holds the register's code for it. Birth month and year
 * are null when the register does not give them (it never gives the day). {@code ceasedOn} is null
 * while the control lasts.
 */
public record ControllingPerson(
        String companyNumber,
        Kind kind,
        String name,
        Integer birthMonth,
        Integer birthYear,
        List<String> naturesOfControl,
        LocalDate notifiedOn,
        LocalDate ceasedOn,
        String statement) {

    /** What the entry is. */
    public enum Kind {
        INDIVIDUAL("person"),
        CORPORATE("legal entity"),
        LEGAL_PERSON("other legal person"),
        STATEMENT("statement");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the kind reads in a report. */
        public String label() {
            return label;
        }
    }

    public ControllingPerson {
        Objects.requireNonNull(companyNumber, "companyNumber");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        naturesOfControl = naturesOfControl == null ? List.of() : List.copyOf(naturesOfControl);
        statement = statement == null ? "" : statement;
    }

    /** Whether the control or statement still stands. */
    public boolean current() {
        return ceasedOn == null;
    }

    /** "04/1971", or empty when the register gives no date of birth. */
    public String birth() {
        if (birthMonth == null || birthYear == null) {
            return "";
        }
        return String.format("%02d/%d", birthMonth, birthYear);
    }
}
