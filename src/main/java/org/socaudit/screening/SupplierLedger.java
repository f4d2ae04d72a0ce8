package org.socaudit.screening;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.socaudit.model.Payment;
import org.socaudit.model.SupplierRecord;

/**
 * Merges suppliers from registers and ledgers: by company number where there is one, otherwise by
 * normalised name; a register entry's name also leads ledger lines without a number to it.
 */
final class SupplierLedger {

    private final Map<String, SupplierAccount> accounts = new LinkedHashMap<>();
    private final Map<String, String> keyByName = new HashMap<>();

    /**
     * Ledgers repeat the same supplier on many lines: after the first line, a name (with its
     * number, if any) goes straight to its account without normalising or merging again.
     */
    private final Map<Line, SupplierAccount> seen = new HashMap<>();

    /** As {@link #seen}, for the (usual) lines without a company number, keyed by the name alone. */
    private final Map<String, SupplierAccount> seenWithoutNumber = new HashMap<>();

    /** The low-value threshold, which the accounts' day totals need. */
    private final long low;

    SupplierLedger(long low) {
        this.low = low;
    }

    /**
     * A ledger line's supplier as written, with its company number: a key that costs no text copy
     * to build. Equality and hash are written out because a record's generated ones go through
     * method handles, which cost more than the rest of the lookup while a ledger is read.
     */
    private record Line(String name, String companyNumber) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Line line && name.equals(line.name) && companyNumber.equals(line.companyNumber);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + companyNumber.hashCode();
        }
    }

    /** The accounts lines went to since the current input began (see {@link #endInput}). */
    private final Set<SupplierAccount> touched = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Ends an input: when it had a company or charity number column, each supplier it listed is
     * expected to have a number, and one without is worth flagging.
     */
    void endInput(boolean hadNumberColumn) {
        if (hadNumberColumn) {
            touched.forEach(SupplierAccount::expectNumber);
        }
        touched.clear();
    }

    void add(SupplierRecord record) {
        SupplierAccount account = account(record.name(), record.companyNumber());
        touched.add(account);
        account.addNumbers(record.companyNumber(), record.charityNumber());
        account.addCodes(record.sicCodes(), record.cpvCodes());
    }

    void add(Payment payment) {
        SupplierAccount account = account(payment.supplierName(), payment.companyNumber());
        touched.add(account);
        account.addNumbers(payment.companyNumber(), payment.charityNumber());
        account.addCodes(payment.sicCodes(), payment.cpvCodes());
        account.addPayment(payment, low);
    }

    Collection<SupplierAccount> accounts() {
        return accounts.values();
    }

    /**
     * The account a line's supplier goes to. The first time a name (with its number) is seen it is
     * merged and added to the account's names; after that it is there already (an account it was
     * merged into took its names), so the line goes straight to the account.
     */
    private SupplierAccount account(String name, String companyNumber) {
        if (companyNumber == null) {
            SupplierAccount known = seenWithoutNumber.get(name);
            if (known == null) {
                known = firstSight(name, null);
                seenWithoutNumber.put(name, known);
            }
            return known.current();
        }
        Line line = new Line(name, companyNumber);
        SupplierAccount known = seen.get(line);
        if (known == null) {
            known = firstSight(name, companyNumber);
            seen.put(line, known);
        }
        return known.current();
    }

    private SupplierAccount firstSight(String name, String companyNumber) {
        SupplierAccount account = merge(name, companyNumber);
        account.addName(name);
        return account;
    }

    private SupplierAccount merge(String name, String companyNumber) {
        String byName = "name:" + NameNormaliser.normalise(name);
        String key;
        if (companyNumber != null) {
            key = "company:" + companyNumber;
            String earlier = keyByName.get(byName);
            if (earlier != null && earlier.startsWith("name:")) {
                // Lines seen before the number was known join the numbered supplier.
                SupplierAccount unnumbered = accounts.remove(earlier);
                SupplierAccount numbered = accounts.computeIfAbsent(key, k -> new SupplierAccount());
                merge(unnumbered, numbered);
            }
            keyByName.put(byName, key);
        } else {
            key = keyByName.computeIfAbsent(byName, k -> k);
        }
        return accounts.computeIfAbsent(key, k -> new SupplierAccount());
    }

    private static void merge(SupplierAccount from, SupplierAccount into) {
        if (from != null) {
            into.absorb(from);
        }
    }
}
