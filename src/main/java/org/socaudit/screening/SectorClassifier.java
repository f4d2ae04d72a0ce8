package org.socaudit.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.socaudit.model.Confidence;
import org.socaudit.model.CpvCode;
import org.socaudit.model.Keyword;
import org.socaudit.model.KeywordScope;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SectorExclusion;
import org.socaudit.model.SectorHit;
import org.socaudit.model.SectorRule;
import org.socaudit.model.SicCode;
import org.socaudit.model.SicTier;
import org.socaudit.model.SupplierProfile;

/**
 * Puts suppliers into high-risk sectors, says which rule fired and how confident the hit is.
 *
 * <p>Evidence: an exact SIC 2007 code, a CPV code by prefix (trailing zeros and the check digit
 * ignored), or a sector's term found in a name or a spend category by one {@link TermMatcher}, so a
 * term is found alike in both and SKIPTON is not skip hire, BARCLAYS not a bar. A term is ignored in
 * a text that also holds one of the sector's "unless" phrases (cyber security is not guarding).
 *
 * <p>Confidence, per sector: high with a core SIC code, a CPV code or a strong term; high with weak
 * evidence (a weak term, an extended-tier SIC code) from two sources among name, spend category and
 * codes; low otherwise. A supplier whose name marks it as excluded (a public body, a payment
 * intermediary) is not screened for sectors at all; one marked as a charity or trust, or with a
 * charity number, has its hits kept at low confidence. Each exclusion and ignored term is returned
 * as a note to show beside the evidence.
 */
public final class SectorClassifier {

    /** Where evidence came from: weak evidence from two of these is a confident hit. */
    private enum Source {
        NAME,
        CATEGORY,
        CODE
    }

    /** A sector's term, to be looked for where its scope says. */
    private record Term(String sectorId, Keyword keyword) {}

    /** One piece of evidence before confidence is weighed. */
    private record Signal(SectorHit hit, Source source) {}

    private static final String CHARITY_NUMBER_NOTE =
            "charity number on file: a charity, so its sector hits are" + " low confidence";

    private final Map<String, SicCode> sicCodes = new HashMap<>();
    private final Map<String, String> sicSectors = new HashMap<>();
    private final List<CpvPrefix> cpvPrefixes = new ArrayList<>();
    private final TermMatcher<Term> terms = new TermMatcher<>();
    private final Map<String, TermMatcher<String>> unless = new HashMap<>();
    private final TermMatcher<SectorExclusion> exclusions = new TermMatcher<>();
    private final TermMatcher<Boolean> companyForms = new TermMatcher<>();
    private final TermMatcher<String> goods = new TermMatcher<>();
    private final Map<String, String> sectorNames;
    private final Map<String, TextSignals> categoryCache = new ConcurrentHashMap<>();

    /** Compiles the catalogue's codes, terms and exclusions once. */
    public SectorClassifier(SectorCatalogue catalogue) {
        sectorNames = catalogue.namesById();
        for (RiskSector sector : catalogue.sectors()) {
            for (SicCode sic : sector.sicCodes()) {
                sicCodes.putIfAbsent(sic.code(), sic);
                sicSectors.putIfAbsent(sic.code(), sector.id());
            }
            for (CpvCode cpv : sector.cpvCodes()) {
                cpvPrefixes.add(new CpvPrefix(sector.id(), significantDigits(cpv.code()), cpv));
            }
            for (Keyword keyword : sector.keywords()) {
                terms.add(keyword.text(), new Term(sector.id(), keyword));
            }
            if (!sector.unless().isEmpty()) {
                TermMatcher<String> phrases = new TermMatcher<>();
                sector.unless().forEach(phrase -> phrases.add(phrase, phrase));
                unless.put(sector.id(), phrases);
            }
        }
        for (SectorExclusion exclusion : catalogue.exclusions()) {
            exclusion.terms().forEach(term -> exclusions.add(term, exclusion));
        }
        catalogue.goodsWords().forEach(word -> goods.add(word, word));
        for (String form : List.of("ltd", "limited", "plc", "llp", "cic", "public limited company")) {
            companyForms.add(form, Boolean.TRUE);
        }
    }

    /**
     * The sectors of a supplier (confident sectors first, then by strength of evidence), unknown SIC
     * codes found on the way, and notes on exclusions and ignored terms.
     */
    public Classification classify(SupplierProfile supplier) {
        return classify(supplier, List.of());
    }

    /**
     * As {@link #classify(SupplierProfile)}, with the SIC entries Companies House holds for the
     * supplier's company ("49320 - Taxi operation"): evidence of their own, weighed as codes are.
     */
    public Classification classify(SupplierProfile supplier, List<String> registerSic) {
        List<String> notes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        names.add(supplier.name());
        names.addAll(supplier.otherNames());
        boolean lowered = false;
        for (String name : names) {
            boolean company = !companyForms.find(name).isEmpty();
            // Every occurrence: a public-body term inside a sector term ("SCHOOL TRANSPORT") must not
            // hide the same exclusion standing on its own later in the name ("KENT COUNTY COUNCIL").
            List<TermMatcher.Found<Term>> sectorTerms = terms.findAll(name);
            for (TermMatcher.Found<SectorExclusion> found : exclusions.findAll(name)) {
                SectorExclusion exclusion = found.value();
                // "School" marks a school, not a dance school or a school-transport firm.
                if (company && exclusion.companiesScreened()
                        || sectorTerms.stream().anyMatch(term -> found.within(term) && !term.within(found))) {
                    continue;
                }
                String note =
                        exclusion.name() + " ('" + found.asWritten() + "' in '" + name + "'): " + exclusion.reason();
                if (exclusion.notScreened()) {
                    return new Classification(List.of(), unknownSic(supplier), List.of(note), exclusion.name());
                }
                if (!notes.contains(note)) {
                    notes.add(note);
                }
                lowered = true;
            }
        }
        if (supplier.charityNumber() != null && !lowered) {
            notes.add(CHARITY_NUMBER_NOTE);
            lowered = true;
        }
        List<Signal> signals = new ArrayList<>();
        codeSignals(supplier, signals);
        registerSignals(registerSic, signals);
        for (String name : names) {
            TextSignals found = textSignals(name, SectorRule.NAME_KEYWORD, KeywordScope.NAME);
            found.hits().forEach(hit -> signals.add(new Signal(hit, Source.NAME)));
            addNotes(notes, found.notes());
        }
        // Only spend categories describe what was bought; the paying service says nothing of the trade.
        for (String text : supplier.categories()) {
            TextSignals found = categoryCache.computeIfAbsent(
                    text, t -> textSignals(t, SectorRule.CATEGORY_KEYWORD, KeywordScope.CATEGORY));
            found.hits().forEach(hit -> signals.add(new Signal(hit, Source.CATEGORY)));
            addNotes(notes, found.notes());
        }
        return new Classification(weigh(signals, lowered), unknownSic(supplier), notes, null);
    }

    /**
     * The sectors of a supplier, unknown SIC codes found on the way, notes to show with the evidence
     * (why a supplier was not screened, why its hits are low confidence, which terms were set aside
     * and why), and the name of the exclusion that kept it out of the sector screen, or null.
     */
    public record Classification(
            List<SectorHit> hits, List<String> unknownSicCodes, List<String> notes, String notScreenedAs) {

        public Classification {
            hits = List.copyOf(hits);
            unknownSicCodes = List.copyOf(unknownSicCodes);
            notes = List.copyOf(notes);
        }
    }

    private static void addNotes(List<String> notes, List<String> more) {
        for (String note : more) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
    }

    private List<String> unknownSic(SupplierProfile supplier) {
        List<String> unknown = new ArrayList<>();
        for (String code : supplier.sicCodes()) {
            if (!sicCodes.containsKey(code) && !SicCodes.isKnownActivity(code)) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    private void codeSignals(SupplierProfile supplier, List<Signal> signals) {
        for (String code : supplier.sicCodes()) {
            SicCode sic = sicCodes.get(code);
            if (sic != null) {
                boolean core = sic.tier() == SicTier.CORE;
                signals.add(new Signal(
                        new SectorHit(
                                sicSectors.get(code),
                                core ? SectorRule.SIC_CORE : SectorRule.SIC_EXTENDED,
                                sic.code() + " " + sic.title(),
                                !core,
                                Confidence.HIGH),
                        Source.CODE));
            }
        }
        for (String code : supplier.cpvCodes()) {
            String digits = code.replaceAll("[^0-9]", "");
            for (CpvPrefix prefix : cpvPrefixes) {
                if (digits.length() >= 8 && digits.startsWith(prefix.digits())) {
                    signals.add(new Signal(
                            new SectorHit(
                                    prefix.sectorId(),
                                    SectorRule.CPV,
                                    code + " under " + prefix.code().code() + " "
                                            + prefix.code().title()),
                            Source.CODE));
                }
            }
        }
    }

    private void registerSignals(List<String> registerSic, List<Signal> signals) {
        for (String entry : registerSic) {
            String code = entry.strip().split("[\\s-]", 2)[0];
            SicCode sic = sicCodes.get(code);
            if (sic != null) {
                boolean core = sic.tier() == SicTier.CORE;
                // The register's own words for the code, as the company filed it.
                String text = entry.strip().substring(code.length()).replaceFirst("^[\\s-]+", "");
                signals.add(new Signal(
                        new SectorHit(
                                sicSectors.get(code),
                                SectorRule.COMPANIES_HOUSE_SIC,
                                code + " " + (text.isEmpty() ? sic.title() : text),
                                !core,
                                Confidence.HIGH),
                        Source.CODE));
            }
        }
    }

    /** The terms found in one text, less those an "unless" phrase of their sector cancels. */
    private record TextSignals(List<SectorHit> hits, List<String> notes) {}

    private TextSignals textSignals(String text, SectorRule rule, KeywordScope scope) {
        List<SectorHit> hits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, List<TermMatcher.Found<String>>> cancelled = new HashMap<>();
        // Every occurrence: a term is set aside only where an unless phrase overlaps it, so "GARAGE
        // DOORS AND GARAGE SERVICES" still has a garage; each term's evidence is where it stands free.
        List<TermMatcher.Found<Term>> found = new ArrayList<>();
        for (TermMatcher.Found<Term> term : terms.findAll(text)) {
            KeywordScope wanted = term.value().keyword().scope();
            if (wanted == KeywordScope.BOTH || wanted == scope) {
                found.add(term);
            }
        }
        List<TermMatcher.Found<String>> goodsFound = goods.findAll(text);
        Set<Term> kept = new HashSet<>();
        Map<Term, String> cancelNoteOf = new LinkedHashMap<>();
        for (TermMatcher.Found<Term> term : found) {
            String sector = term.value().sectorId();
            // "waste" inside "waste management" says nothing more: the longer term is the evidence.
            if (kept.contains(term.value())
                    || found.stream()
                            .anyMatch(other -> other != term
                                    && other.value().sectorId().equals(sector)
                                    && term.within(other)
                                    && !other.within(term))) {
                continue;
            }
            TermMatcher<String> phrases = unless.get(sector);
            List<TermMatcher.Found<String>> phrasesFound =
                    phrases == null ? List.of() : cancelled.computeIfAbsent(sector, s -> phrases.findAll(text));
            TermMatcher.Found<String> cancelling =
                    phrasesFound.stream().filter(term::overlaps).findFirst().orElse(null);
            if (cancelling == null) {
                cancelling = goodsFound.stream()
                        .filter(word -> followsDirectly(text, term, word))
                        .map(word -> new TermMatcher.Found<>(
                                word.value(), text.substring(term.start(), word.end()), term.start(), word.end()))
                        .findFirst()
                        .orElse(null);
            }
            if (cancelling != null) {
                cancelNoteOf.putIfAbsent(
                        term.value(),
                        "not " + sectorNames.getOrDefault(sector, sector) + ": '" + term.asWritten() + "' is part of '"
                                + cancelling.asWritten() + "' in '" + text + "'");
                continue;
            }
            kept.add(term.value());
            hits.add(new SectorHit(
                    sector,
                    rule,
                    "'" + term.asWritten() + "' in '" + text + "'",
                    term.value().keyword().weak(),
                    Confidence.HIGH));
        }
        cancelNoteOf.forEach((term, note) -> {
            if (!kept.contains(term) && !notes.contains(note)) {
                notes.add(note);
            }
        });
        return new TextSignals(List.copyOf(hits), List.copyOf(notes));
    }

    /** Whether a goods word comes straight after a term, with only spaces or punctuation between. */
    private static boolean followsDirectly(String text, TermMatcher.Found<?> term, TermMatcher.Found<?> word) {
        if (word.start() < term.end()) {
            return false;
        }
        for (int i = term.end(); i < word.start(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Weighs each sector's evidence into one confidence; confident sectors first, strong evidence first. */
    private static List<SectorHit> weigh(List<Signal> signals, boolean lowered) {
        Map<String, List<Signal>> bySector = new LinkedHashMap<>();
        for (Signal signal : signals) {
            bySector.computeIfAbsent(signal.hit().sectorId(), s -> new ArrayList<>())
                    .add(signal);
        }
        List<SectorHit> confident = new ArrayList<>();
        List<SectorHit> low = new ArrayList<>();
        for (List<Signal> sector : bySector.values()) {
            boolean strong = false;
            Set<Source> sources = EnumSet.noneOf(Source.class);
            for (Signal signal : sector) {
                strong |= !signal.hit().weak();
                sources.add(signal.source());
            }
            Confidence level = !lowered && (strong || sources.size() >= 2) ? Confidence.HIGH : Confidence.LOW;
            Set<SectorHit> hits = new LinkedHashSet<>();
            sector.stream()
                    .filter(s -> !s.hit().weak())
                    .forEach(s -> hits.add(s.hit().at(level)));
            sector.stream()
                    .filter(s -> s.hit().weak())
                    .forEach(s -> hits.add(s.hit().at(level)));
            (level == Confidence.HIGH ? confident : low).addAll(hits);
        }
        confident.addAll(low);
        return confident;
    }

    /** The digits of a CPV code that matter for prefix matching: trailing zeros and check digit dropped. */
    static String significantDigits(String cpvCode) {
        String digits = cpvCode.replaceAll("-.*$", "").replaceAll("[^0-9]", "");
        String trimmed = digits.replaceAll("0+$", "");
        return trimmed.length() < 2 ? digits.substring(0, Math.min(2, digits.length())) : trimmed;
    }

    private record CpvPrefix(String sectorId, String digits, CpvCode code) {}
}
