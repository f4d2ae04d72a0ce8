package org.socaudit.model;

/**
 * The thresholds screening uses. A supplier is low-level one-off spend when it has at most
 * {@code oneOffMaxPayments} payments, each below {@code lowValuePence}; same-day payments to one
 * supplier that are each below that value but together reach it suggest splitting; a supplier paid
 * under {@code manyCategories} or more spend categories is flagged.
 */
public record ScreeningSettings(long lowValuePence, int oneOffMaxPayments, int manyCategories) {

    /** The defaults: £5,000, two payments, five categories. */
    public static final ScreeningSettings DEFAULTS = new ScreeningSettings(500_000, 2, 5);

    public ScreeningSettings {
        if (lowValuePence <= 0 || oneOffMaxPayments < 1 || manyCategories < 2) {
            throw new IllegalArgumentException("screening thresholds out of range");
        }
    }
}
