package org.socaudit.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether a plan or policy in place is followed in practice, as a deep dive found. */
public enum PolicyPractice {
    YES("Yes"),
    PARTLY("Partly"),
    NO("No");

    private final String label;

    PolicyPractice(String label) {
        this.label = label;
    }

    /** The label users see and type. */
    public String label() {
        return label;
    }

    /** The level with this label, ignoring case. */
    public static Optional<PolicyPractice> fromLabel(String label) {
        return Arrays.stream(values())
                .filter(p -> p.label.equalsIgnoreCase(label))
                .findFirst();
    }
}
