package org.socaudit.tabular;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Payment;

/** Test fixtures of this package and a one-call payment read that collects everything. */
final class Fixtures {

    private Fixtures() {}

    /** A file under src/test/resources/org/socaudit/tabular. */
    static Path path(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a payment read produced. */
    record Payments(List<Payment> payments, List<InputIssue> issues, ReadSummary summary) {
        Payment first() {
            return payments.get(0);
        }
    }

    static Payments payments(Path file) throws InvalidInputException {
        return payments(file, Map.of());
    }

    static Payments payments(Path file, Map<Role, String> overrides) throws InvalidInputException {
        List<Payment> payments = new ArrayList<>();
        List<InputIssue> issues = new ArrayList<>();
        ReadSummary summary = new PaymentFileReader(overrides).read(file, payments::add, issues::add);
        return new Payments(payments, issues, summary);
    }
}
