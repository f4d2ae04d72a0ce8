package org.socaudit.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.AuditPlan;
import org.socaudit.model.AuditProgramme;
import org.socaudit.model.Pounds;
import org.socaudit.model.Scale;
import org.socaudit.model.ScopeDecision;
import org.socaudit.model.ScopeProposal;
import org.socaudit.model.UnitSpend;

/**
 * The programme's Scope sheet (services by directorate, with their spend when spending files were
 * given, the proposal and the auditor's In scope choice) and, with spend, the Spend Units sheet
 * showing which service each organisational unit's spend went to.
 */
final class ScopeSheet {

    static final String UNITS = "Spend Units";

    private final Styles styles;
    private final Scale scale;

    private final Map<String, String> sectorNames;

    ScopeSheet(Styles styles, Scale scale, Map<String, String> sectorNames) {
        this.styles = styles;
        this.scale = scale;
        this.sectorNames = sectorNames;
    }

    /** Sector names for ids, such as "Vehicles / transport" for VEHICLES_TRANSPORT; the id when unknown. */
    private String sectors(List<String> ids) {
        return ids.stream().map(id -> sectorNames.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    void write(XSSFWorkbook workbook, AuditPlan plan, AuditProgramme programme) {
        Map<String, ScopeDecision> decisions =
                ProgrammeWorkbookWriter.byId(programme.scope(), ScopeDecision::serviceId);
        List<Column<ScopeProposal>> columns = new ArrayList<>(List.of(
                Column.text("Directorate", 22, p -> p.directorate().title()),
                Column.of(ProgrammeLayout.SERVICE, 24, Column.Kind.BOLD, p -> p.service()
                        .title()),
                Column.text("At risk", 8, p -> p.service().atRisk() ? "Yes" : "No"),
                Column.text("Why at risk (or not)", 44, p -> p.service().reason()),
                Column.text("Sectors", 20, p -> sectors(p.service().sectorIds()))));
        boolean withSpend = plan.unmapped() != null;
        if (withSpend) {
            columns.addAll(List.of(
                    Column.of("Spend", 14, Column.Kind.MONEY, p -> p.spend().totalPence()),
                    Column.of(
                            "Payments", 10, Column.Kind.INTEGER, p -> p.spend().payments()),
                    Column.of("High-risk-sector spend", 14, Column.Kind.MONEY, p -> p.spend()
                            .flaggedPence()),
                    Column.of("High-risk-sector suppliers", 16, Column.Kind.INTEGER, p -> p.spend()
                            .flaggedSuppliers()),
                    Column.text("Sectors paid", 20, p -> sectors(p.spend().sectorIds()))));
        }
        columns.addAll(List.of(
                Column.text("Proposed", 10, p -> p.proposed() ? "Yes" : "No"),
                Column.text("Why proposed (or not)", 34, ScopeProposal::why),
                Column.of(ProgrammeLayout.IN_SCOPE, 10, Column.Kind.INPUT, p -> inScope(decisions, p)),
                Column.of(
                        ProgrammeLayout.SCOPE_NOTES,
                        30,
                        Column.Kind.INPUT,
                        p -> decisions.containsKey(p.service().id())
                                ? decisions.get(p.service().id()).notes()
                                : null)));
        List<Column<ScopeProposal>> all = TableSheet.answerColumns(
                columns, ProgrammeLayout.SERVICE_ID, p -> p.service().id());
        Sheet sheet = new TableSheet<>(styles, scale, all)
                .writeWithLeads(workbook, ProgrammeLayout.SCOPE, note(plan), leads(plan), plan.scope(), "");
        TableSheet.dropdown(sheet, all, ProgrammeLayout.IN_SCOPE, plan.scope().size(), ProgrammeLayout.YES_NO);
        if (withSpend) {
            writeUnits(workbook, plan);
        }
    }

    private static String note(AuditPlan plan) {
        if (plan.unmapped() == null) {
            return "Step 1: agree the scope with the police and heads of service; services marked at risk are proposed"
                    + " (why they are at risk: the " + ProgrammeLayout.PROCESS + " sheet, Annex 1).";
        }
        long redacted = plan.screening() == null ? 0 : plan.screening().redacted();
        return "Step 1: agree the scope. Spend is from the spending files given; "
                + new Pounds(plan.unmapped().totalPence())
                + " in " + payments(plan.unmapped().payments()) + " matched no service (see " + UNITS + ")"
                + (redacted == 0 ? "" : "; " + redacted + " redacted lines are not in these totals") + ".";
    }

    /** The source's heading of the services (Annex 1 in the bundled template), when the template has one. */
    private static List<TableSheet.Lead> leads(AuditPlan plan) {
        String heading = plan.template().scope().heading();
        return heading.isEmpty() ? List.of() : List.of(new TableSheet.Lead(ProgrammeLayout.ANNEX_1_HEADING, heading));
    }

    static String payments(long count) {
        return count + (count == 1 ? " payment" : " payments");
    }

    private static String inScope(Map<String, ScopeDecision> decisions, ScopeProposal proposal) {
        ScopeDecision decision = decisions.get(proposal.service().id());
        if (decision != null) {
            return decision.inScope() == null ? null : decision.inScope() ? "Yes" : "No";
        }
        return proposal.proposed() ? "Yes" : null;
    }

    private void writeUnits(XSSFWorkbook workbook, AuditPlan plan) {
        Map<String, String> titles = new HashMap<>();
        plan.scope().forEach(p -> titles.put(p.service().id(), p.service().title()));
        List<Column<UnitSpend>> columns = List.of(
                Column.of("Organisational unit in the spending files", 50, Column.Kind.BOLD, UnitSpend::unit),
                Column.text(
                        "Service it was matched to",
                        30,
                        u -> u.serviceId() == null
                                ? "(none yet: name this service's cost centres in a copy of the audit template)"
                                : titles.get(u.serviceId())),
                Column.of("Payments", 10, Column.Kind.INTEGER, UnitSpend::payments),
                Column.of("Spend", 16, Column.Kind.MONEY, UnitSpend::pence));
        new TableSheet<>(styles, scale, columns)
                .write(
                        workbook,
                        UNITS,
                        "How spend was matched to services: by the cost centre and unit names listed for each service"
                                + " in the audit template. To match more, add your ledger's names to a copy of the"
                                + " template (see the README, 'Using it for your council').",
                        plan.units(),
                        "The spending files have no organisational unit, service label or directorate column.");
    }
}
