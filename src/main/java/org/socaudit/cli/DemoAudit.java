package org.socaudit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.socaudit.audit.AuditEvaluator;
import org.socaudit.audit.ScopeProposer;
import org.socaudit.audit.ServiceSpendTally;
import org.socaudit.model.AuditPlan;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.AuditReport;
import org.socaudit.model.AuditTemplate;
import org.socaudit.model.InvalidInputException;
import org.socaudit.model.ScoredChecklist;
import org.socaudit.model.ScreeningResult;
import org.socaudit.workbook.ProgrammeReader;
import org.socaudit.workbook.ProgrammeWorkbookWriter;
import org.socaudit.xml.BundledContent;

/**
 * The demo's internal audit: the programme scoped from the demo spend, filled in with the fictional
 * auditor's records, read back from its workbook and evaluated against the checklist.
 */
final class DemoAudit {

    static final String PROGRAMME = "northbridge-audit-programme-2026.xlsx";

    private final AuditTemplate template;
    private final ServiceSpendTally tally;
    private byte[] programme;

    DemoAudit(AuditTemplate template) {
        this.template = template;
        this.tally = new ServiceSpendTally(template.scope().services());
    }

    /** Where the demo's payments go as they are screened, to total spend by service. */
    ServiceSpendTally tally() {
        return tally;
    }

    /** The filled programme workbook, once {@link #report} has run. */
    byte[] programmeWorkbook() {
        return programme.clone();
    }

    /** Writes the filled programme, reads it back and evaluates it as of a day. */
    AuditReport report(ScreeningResult screening, ScoredChecklist scored, LocalDate asOf)
            throws IOException, InvalidInputException {
        AuditPlan plan = new ScopeProposer().propose(template, tally, screening);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProgrammeWorkbookWriter(
                        scored.checklist().scale(), BundledContent.sectors().namesById())
                .write(plan, DemoProgramme.programme(template), bytes);
        programme = bytes.toByteArray();
        AuditProgramme read = new ProgrammeReader(template, scored.checklist().scale())
                .read(PROGRAMME, new ByteArrayInputStream(programme));
        return new AuditEvaluator(scored.checklist().scale()).evaluate(template, read, asOf, scored.scoreCard());
    }
}
