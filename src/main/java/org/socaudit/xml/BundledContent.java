package org.socaudit.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.Checklist;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.MemberQuestions;
import org.socaudit.model.SectorCatalogue;

/** The checklist, audit template, sectors and questions for members shipped inside the jar, used when no file is given. */
public final class BundledContent {

    /** Where the shipped checklist lives in the repository and, under the content root, in the jar. */
    public static final String CHECKLIST = "checklists/la-soc-checklist.xml";

    /** Where the shipped audit template lives. */
    public static final String AUDIT_TEMPLATE = "audit-templates/la-soc-internal-audit.xml";

    /** Where the shipped sectors file lives. */
    public static final String SECTORS = "checklists/high-risk-sectors.xml";

    /** Where the shipped questions for members live. */
    public static final String MEMBER_QUESTIONS = "checklists/councillor-questions.xml";

    private static final String ROOT = "/org/socaudit/content/";

    private BundledContent() {}

    /** The Local Authority SOC checklist. */
    public static Checklist checklist() {
        return load(CHECKLIST, (name, in) -> new ChecklistReader().read(name, in));
    }

    /** The Local Authority SOC internal audit template. */
    public static AuditTemplate auditTemplate() {
        return load(AUDIT_TEMPLATE, (name, in) -> new AuditTemplateReader().read(name, in));
    }

    /** The ten high-risk sectors and the non-involvement statements. */
    public static SectorCatalogue sectors() {
        return load(SECTORS, (name, in) -> new SectorsReader().read(name, in));
    }

    /** The LGA's councillor questions, with what to expect and the key ways councillors can act. */
    public static MemberQuestions memberQuestions() {
        return load(MEMBER_QUESTIONS, (name, in) -> new MemberQuestionsReader().read(name, in));
    }

    /** Opens a bundled file by its repository path, such as {@link #CHECKLIST}. */
    public static InputStream open(String path) {
        InputStream in = BundledContent.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("bundled file missing from the jar: " + path);
        }
        return in;
    }

    private static <T> T load(String path, Reader<T> reader) {
        try (InputStream in = open(path)) {
            return reader.read("(bundled) " + path, in);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("bundled file is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(String name, InputStream in) throws InvalidInputException;
    }
}
