package org.socaudit.xml;

import java.io.InputStream;
import java.util.Locale;
import org.socaudit.model.CpvCode;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.Keyword;
import org.socaudit.model.KeywordScope;
import org.socaudit.model.NonInvolvementStatement;
import org.socaudit.model.ProClassCode;
import org.socaudit.model.ProcurementRegime;
import org.socaudit.model.RiskSector;
import org.socaudit.model.SectorCatalogue;
import org.socaudit.model.SectorExclusion;
import org.socaudit.model.SicCode;
import org.socaudit.model.SicTier;
import org.socaudit.model.StatementGuidance;
import org.socaudit.model.StatementUse;
import org.socaudit.model.TermText;

/**
 * Reads a high-risk sectors file (sectors-2.xsd, or sectors-1.xsd) and checks ids, codes and terms:
 * two terms of a sector that compare alike ("taxi" and "Taxis", "skip hire", "skip-hire" and
 * "skiphire") are one repeated, and a term without a letter or digit could never be found.
 */
public final class SectorsReader {

    /** Reads and checks a sectors file; {@code sourceName} is how problems name the file. */
    public SectorCatalogue read(String sourceName, InputStream in) throws InvalidInputException {
        XmlDocumentParser.Parsed<SectorsXml> parsed =
                XmlDocumentParser.parseVersioned(sourceName, in, DocumentKind.SECTORS, SectorsXml.class);
        SectorsXml xml = parsed.value();
        boolean version1 = VERSION_1.equals(parsed.namespace());
        ContentChecks checks = new ContentChecks(sourceName);
        checkIds(xml, checks, version1);
        checks.throwIfAny();
        if (version1) {
            mergeAlikeKeywords(xml);
        }
        return toModel(xml);
    }

    /** Version 1 files matched keywords as regular expressions, so they list plurals and spellings apart. */
    private static final String VERSION_1 = "urn:soc-audit:sectors:1";

    private static void checkIds(SectorsXml xml, ContentChecks checks, boolean version1) {
        for (SectorsXml.Sector sector : xml.sectors) {
            checks.claim("sector id", sector.id, sector);
            sector.sic.forEach(c -> checks.claimWithin("SIC code", "sector " + sector.id, c.code, c));
            sector.cpv.forEach(c -> checks.claimWithin("CPV code", "sector " + sector.id, c.code, c));
            sector.proclass.forEach(c -> checks.claimWithin("ProClass code", "sector " + sector.id, c.code, c));
            for (SectorsXml.Keyword keyword : sector.keywords) {
                String key = findable(checks, "keyword", keyword.text, keyword);
                if (key == null) {
                    continue;
                }
                if (version1) {
                    // Version 1 refused the same keyword twice; "taxi" beside "taxis" was its way of
                    // finding both, so those are merged below, not refused.
                    checks.claim(
                            "keyword in sector " + sector.id,
                            ContentChecks.text(keyword.text).toLowerCase(Locale.ROOT),
                            keyword);
                } else {
                    // Found alike run together or apart: "night club" and "nightclub" are one term.
                    checks.claim("keyword (as compared) in sector " + sector.id, key.replace(" ", ""), keyword);
                }
            }
            for (SectorsXml.Phrase phrase : sector.unless) {
                String key = findable(checks, "unless phrase", phrase.text, phrase);
                checks.claim("unless phrase (as compared) in sector " + sector.id, key, phrase);
            }
        }
        for (SectorsXml.Exclusion exclusion : xml.exclusions) {
            checks.claim("exclusion id", exclusion.id, exclusion);
            for (SectorsXml.Phrase term : exclusion.terms) {
                // Across exclusions too: one term cannot mark a name as two different things.
                String key = findable(checks, "exclusion term", term.text, term);
                checks.claim("exclusion term (as compared)", key, term);
            }
        }
        for (String word : xml.goods) {
            findable(checks, "goods word", word, xml);
        }
        xml.statements.forEach(s -> checks.claim("statement id", s.id, s));
    }

    /** The term as compared, or null (with a problem added) when it has no letter or digit to find. */
    private static String findable(ContentChecks checks, String what, String text, LocatedXml element) {
        String key = TermText.key(ContentChecks.text(text));
        if (key.isEmpty()) {
            checks.report(
                    element,
                    what + " '" + ContentChecks.text(text) + "' has no letter or digit, so it"
                            + " could never be found");
            return null;
        }
        return key;
    }

    /**
     * Keeps the first of a version 1 sector's keywords that compare alike ("taxi", "taxis"); a later
     * one's scope is added to the first's, so a term looked for in names and one in categories are
     * looked for in both.
     */
    private static void mergeAlikeKeywords(SectorsXml xml) {
        for (SectorsXml.Sector sector : xml.sectors) {
            java.util.Map<String, SectorsXml.Keyword> first = new java.util.LinkedHashMap<>();
            for (SectorsXml.Keyword keyword : sector.keywords) {
                SectorsXml.Keyword kept = first.putIfAbsent(TermText.key(ContentChecks.text(keyword.text)), keyword);
                if (kept != null && !java.util.Objects.equals(scopeOf(kept), scopeOf(keyword))) {
                    kept.scope = null;
                }
            }
            sector.keywords.clear();
            sector.keywords.addAll(first.values());
        }
    }

    private static KeywordScope scopeOf(SectorsXml.Keyword keyword) {
        return keyword.scope == null ? KeywordScope.BOTH : enumOf(KeywordScope.class, keyword.scope);
    }

    private static SectorCatalogue toModel(SectorsXml xml) {
        return new SectorCatalogue(
                CommonXml.info(xml.id, xml.version, xml.title, xml.source),
                xml.introduction.toModel(),
                xml.sectors.stream().map(SectorsReader::sector).toList(),
                xml.exclusions.stream().map(SectorsReader::exclusion).toList(),
                ContentChecks.texts(xml.goods),
                xml.statements.stream().map(SectorsReader::statement).toList(),
                xml.statementGuidance.stream()
                        .map(p -> new StatementGuidance(
                                p.section == null ? null : ContentChecks.text(p.section), ContentChecks.text(p.text)))
                        .toList());
    }

    private static RiskSector sector(SectorsXml.Sector xml) {
        return new RiskSector(
                xml.id,
                ContentChecks.text(xml.name),
                ContentChecks.texts(xml.examples),
                xml.sic.stream()
                        .map(c -> new SicCode(c.code, enumOf(SicTier.class, c.tier), ContentChecks.text(c.title)))
                        .toList(),
                xml.cpv.stream()
                        .map(c -> new CpvCode(c.code, ContentChecks.text(c.title)))
                        .toList(),
                xml.proclass.stream()
                        .map(c -> new ProClassCode(c.code, ContentChecks.text(c.title)))
                        .toList(),
                xml.keywords.stream()
                        .map(k -> new Keyword(
                                ContentChecks.text(k.text),
                                k.scope == null ? KeywordScope.BOTH : enumOf(KeywordScope.class, k.scope),
                                "weak".equals(k.strength == null ? null : k.strength.strip())))
                        .toList(),
                phrases(xml.unless));
    }

    private static SectorExclusion exclusion(SectorsXml.Exclusion xml) {
        return new SectorExclusion(
                xml.id,
                ContentChecks.text(xml.name),
                ContentChecks.text(xml.reason),
                "not-screened".equals(xml.effect.strip()),
                xml.companies != null && "screened".equals(xml.companies.strip()),
                phrases(xml.terms));
    }

    private static java.util.List<String> phrases(java.util.List<SectorsXml.Phrase> phrases) {
        return phrases.stream().map(p -> ContentChecks.text(p.text)).toList();
    }

    private static NonInvolvementStatement statement(SectorsXml.Statement xml) {
        return new NonInvolvementStatement(
                xml.id,
                enumOf(ProcurementRegime.class, xml.regime),
                enumOf(StatementUse.class, xml.use),
                ContentChecks.text(xml.title),
                ContentChecks.text(xml.placement),
                ContentChecks.text(xml.text),
                ContentChecks.texts(xml.legalReferences));
    }

    /** Maps a schema token such as {@code invitation-to-tender} to its enum constant. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String token) {
        return Enum.valueOf(type, token.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
