package org.socaudit.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.socaudit.model.ServiceArea;

/**
 * Maps the organisational unit or service label of a payment to an audit scope service, using the
 * words each service lists in the template. Words match whole words, ignoring case, punctuation
 * and "&" versus "and"; when several services match, the longest pattern wins, then the first.
 */
public final class OrgUnitMapper {

    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, Optional<String>> cache = new HashMap<>();

    /** A mapper for these services' patterns. */
    public OrgUnitMapper(List<ServiceArea> services) {
        for (ServiceArea service : services) {
            for (String words : service.orgUnits()) {
                String normal = normalise(words);
                if (!normal.isBlank()) {
                    patterns.add(new Pattern(service.id(), normal));
                }
            }
        }
        patterns.sort(Comparator.comparingInt((Pattern p) -> -p.words().length()));
    }

    /** The service an organisational unit belongs to, if any service's words are found in it. */
    public Optional<String> serviceFor(String orgUnit) {
        if (orgUnit == null || orgUnit.isBlank()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(orgUnit, this::match);
    }

    private Optional<String> match(String orgUnit) {
        String text = normalise(orgUnit);
        return patterns.stream()
                .filter(p -> text.contains(p.words()))
                .map(Pattern::serviceId)
                .findFirst();
    }

    /** Lower case words separated by single spaces, with a space at each end so that matches are whole words. */
    static String normalise(String text) {
        String words = text.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
        return " " + words + " ";
    }

    private record Pattern(String serviceId, String words) {}
}
