package org.socaudit.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.socaudit.model.CpvCode;
import org.socaudit.model.Keyword;
import org.socaudit.model.KeywordScope;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SectorHit;
import org.socaudit.model.SectorRule;
import org.socaudit.model.SicCode;
import org.socaudit.model.SicTier;
import org.socaudit.model.SupplierProfile;

/**
 * Puts suppliers into high-risk sectors and says which rule fired: an exact SIC 2007 code, a CPV
 * code by prefix (trailing zeros and the check digit ignored), or a keyword found as a whole word
 * in a name or spend category, so that SKIPTON is not skip hire and BARCLAYS is not a bar.
 */
public final class SectorClassifier {

    private final Map<String, SectorHit> sicHits = new HashMap<>();
    private final List<CpvPrefix> cpvPrefixes = new ArrayList<>();
    private final List<KeywordPattern> namePatterns = new ArrayList<>();
    private final List<KeywordPattern> categoryPatterns = new ArrayList<>();
    private final Map<String, List<SectorHit>> categoryCache = new ConcurrentHashMap<>();

    /** Compiles the catalogue's codes and keywords once. */
    public SectorClassifier(SectorCatalogue catalogue) {
        for (RiskSector sector : catalogue.sectors()) {
            for (SicCode sic : sector.sicCodes()) {
                SectorRule rule = sic.tier() == SicTier.CORE ? SectorRule.SIC_CORE : SectorRule.SIC_EXTENDED;
                sicHits.putIfAbsent(sic.code(), new SectorHit(sector.id(), rule, sic.code() + " " + sic.title()));
            }
            for (CpvCode cpv : sector.cpvCodes()) {
                cpvPrefixes.add(new CpvPrefix(sector.id(), significantDigits(cpv.code()), cpv));
            }
            compile(sector, KeywordScope.NAME).ifPresent(namePatterns::add);
            compile(sector, KeywordScope.CATEGORY).ifPresent(categoryPatterns::add);
        }
    }

    /** Every sector hit for a supplier, strongest evidence first, and unknown SIC codes found on the way. */
    public Classification classify(SupplierProfile supplier) {
        Set<SectorHit> hits = new LinkedHashSet<>();
        List<String> unknownSic = new ArrayList<>();
        for (String code : supplier.sicCodes()) {
            SectorHit hit = sicHits.get(code);
            if (hit != null) {
                hits.add(hit);
            } else if (!SicCodes.isKnownActivity(code)) {
                unknownSic.add(code);
            }
        }
        for (String code : supplier.cpvCodes()) {
            String digits = code.replaceAll("[^0-9]", "");
            for (CpvPrefix prefix : cpvPrefixes) {
                if (digits.length() >= 8 && digits.startsWith(prefix.digits())) {
                    hits.add(new SectorHit(
                            prefix.sectorId(),
                            SectorRule.CPV,
                            code + " under " + prefix.code().code() + " "
                                    + prefix.code().title()));
                }
            }
        }
        List<String> names = new ArrayList<>();
        names.add(supplier.name());
        names.addAll(supplier.otherNames());
        for (String name : names) {
            for (KeywordPattern pattern : namePatterns) {
                pattern.find(name)
                        .ifPresent(word -> hits.add(new SectorHit(
                                pattern.sectorId(), SectorRule.NAME_KEYWORD, "'" + word + "' in '" + name + "'")));
            }
        }
        // Only spend categories describe what was bought; the paying service says nothing of the trade.
        for (String text : supplier.categories()) {
            hits.addAll(categoryHits(text));
        }
        return new Classification(List.copyOf(hits), unknownSic);
    }

    /** The sectors of a supplier and any SIC codes that say nothing about its trade. */
    public record Classification(List<SectorHit> hits, List<String> unknownSicCodes) {}

    /** Categories repeat across suppliers, so each distinct text is matched once. */
    private List<SectorHit> categoryHits(String text) {
        return categoryCache.computeIfAbsent(text, t -> {
            List<SectorHit> hits = new ArrayList<>();
            for (KeywordPattern pattern : categoryPatterns) {
                pattern.find(t)
                        .ifPresent(word -> hits.add(new SectorHit(
                                pattern.sectorId(), SectorRule.CATEGORY_KEYWORD, "'" + word + "' in '" + t + "'")));
            }
            return List.copyOf(hits);
        });
    }

    /** The digits of a CPV code that matter for prefix matching: trailing zeros and check digit dropped. */
    static String significantDigits(String cpvCode) {
        String digits = cpvCode.replaceAll("-.*$", "").replaceAll("[^0-9]", "");
        String trimmed = digits.replaceAll("0+$", "");
        return trimmed.length() < 2 ? digits.substring(0, Math.min(2, digits.length())) : trimmed;
    }

    private static java.util.Optional<KeywordPattern> compile(RiskSector sector, KeywordScope scope) {
        List<String> words = sector.keywords().stream()
                .filter(k -> k.scope() == scope || k.scope() == KeywordScope.BOTH)
                .map(Keyword::text)
                .sorted((a, b) -> b.length() - a.length())
                .toList();
        if (words.isEmpty()) {
            return java.util.Optional.empty();
        }
        String alternatives = words.stream()
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return java.util.Optional.of(new KeywordPattern(sector.id(), pattern));
    }

    private record CpvPrefix(String sectorId, String digits, CpvCode code) {}

    private record KeywordPattern(String sectorId, Pattern pattern) {
        java.util.Optional<String> find(String text) {
            if (text == null) {
                return java.util.Optional.empty();
            }
            Matcher matcher = pattern.matcher(text);
            return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
        }
    }
}
