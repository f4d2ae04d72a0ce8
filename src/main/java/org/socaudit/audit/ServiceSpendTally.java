package org.socaudit.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.socaudit.model.Payment;
import org.socaudit.model.ScreenedSupplier;
import org.socaudit.model.ServiceArea;
import org.socaudit.model.ServiceSpend;
import org.socaudit.model.UnitSpend;

/**
 * Totals spend per audit scope service as payments stream past, and per supplier within each
 * service, so that once screening is done the spend with high-risk-sector suppliers can be found.
 * Memory grows with distinct service and supplier pairs, not with payments.
 */
public final class ServiceSpendTally {

    /** The id under which payments no service's words matched are totalled. */
    public static final String UNMAPPED = "";

    /** How payments with no organisational unit are listed among the units. */
    public static final String NO_UNIT = "(no organisational unit)";

    private final OrgUnitMapper mapper;
    private final Map<String, Totals> byService = new HashMap<>();
    private final Map<String, long[]> byUnit = new HashMap<>();

    /** A tally for these services. */
    public ServiceSpendTally(List<ServiceArea> services) {
        this.mapper = new OrgUnitMapper(services);
    }

    /** Adds one payment to its service's totals. */
    public void add(Payment payment) {
        String service = mapper.serviceFor(payment.service()).orElse(UNMAPPED);
        Totals totals = byService.computeIfAbsent(service, s -> new Totals());
        totals.pence = Math.addExact(totals.pence, payment.amountPence());
        totals.payments++;
        totals.bySupplier.merge(
                key(payment.companyNumber(), payment.supplierName()), payment.amountPence(), Math::addExact);
        String unit = payment.service() == null || payment.service().isBlank()
                ? NO_UNIT
                : payment.service().strip();
        long[] unitTotals = byUnit.computeIfAbsent(unit, u -> new long[2]);
        unitTotals[0]++;
        unitTotals[1] = Math.addExact(unitTotals[1], payment.amountPence());
    }

    /** How many payments a service's words matched. */
    public long mappedPayments() {
        return byService.entrySet().stream()
                .filter(e -> !e.getKey().equals(UNMAPPED))
                .mapToLong(e -> e.getValue().payments)
                .sum();
    }

    /** Every organisational unit seen, with its spend and the service it went to, most spend first. */
    public List<UnitSpend> units() {
        return byUnit.entrySet().stream()
                .map(e -> new UnitSpend(
                        e.getKey(),
                        mapper.serviceFor(e.getKey().equals(NO_UNIT) ? null : e.getKey())
                                .orElse(null),
                        (int) e.getValue()[0],
                        e.getValue()[1]))
                .sorted(Comparator.comparingLong(UnitSpend::pence).reversed().thenComparing(UnitSpend::unit))
                .toList();
    }

    /** The spend of one service (or {@link #UNMAPPED}), split by what screening found about its suppliers. */
    public ServiceSpend spend(String serviceId, List<ScreenedSupplier> screened) {
        Totals totals = byService.getOrDefault(serviceId, new Totals());
        Map<String, ScreenedSupplier> inSectors = sectorSuppliersByKey(screened);
        long flaggedPence = 0;
        Set<ScreenedSupplier> suppliers = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> sectors = new LinkedHashSet<>();
        for (Map.Entry<String, Long> entry : totals.bySupplier.entrySet()) {
            ScreenedSupplier supplier = inSectors.get(entry.getKey());
            if (supplier != null) {
                flaggedPence = Math.addExact(flaggedPence, entry.getValue());
                suppliers.add(supplier);
                sectors.addAll(supplier.confidentSectorIds());
            }
        }
        return new ServiceSpend(
                serviceId, totals.pence, totals.payments, flaggedPence, suppliers.size(), new ArrayList<>(sectors));
    }

    /** Whether any payment was added. */
    public boolean isEmpty() {
        return byService.isEmpty();
    }

    private Map<String, ScreenedSupplier> sectorSuppliersByKey(List<ScreenedSupplier> screened) {
        Map<String, ScreenedSupplier> byKey = new HashMap<>();
        for (ScreenedSupplier supplier : screened) {
            if (!supplier.hasConfidentSector()) {
                continue;
            }
            if (supplier.profile().companyNumber() != null) {
                byKey.putIfAbsent(key(supplier.profile().companyNumber(), null), supplier);
            }
            byKey.putIfAbsent(key(null, supplier.profile().name()), supplier);
            supplier.profile().otherNames().forEach(name -> byKey.putIfAbsent(key(null, name), supplier));
        }
        return byKey;
    }

    /** A company number identifies a supplier; without one, its name as written (case and spacing aside). */
    private static String key(String companyNumber, String name) {
        if (companyNumber != null && !companyNumber.isBlank()) {
            return "#" + companyNumber;
        }
        return name == null ? "" : name.toUpperCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static final class Totals {
        long pence;
        int payments;
        final Map<String, Long> bySupplier = new HashMap<>();
    }
}
