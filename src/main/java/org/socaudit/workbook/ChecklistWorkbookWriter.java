package org.socaudit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Checklist;
import org.socaudit.model.ChecklistResponses;

/** Writes the fillable checklist workbook: Instructions, Checklist and the hidden ids sheet. */
public final class ChecklistWorkbookWriter {

    /**
     * Writes a workbook for the checklist, with any answers already given filled in (pass
     * responses with none for a blank template).
     */
    public void write(Checklist checklist, ChecklistResponses responses, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            new InstructionsSheet(styles).write(workbook, checklist, responses.authority());
            new ChecklistSheet(styles, true).write(workbook, checklist, responses, checklist.answer(responses));
            new IdsSheet(styles).write(workbook, checklist, responses);
            workbook.setActiveSheet(1);
            workbook.setFirstVisibleTab(0);
            workbook.write(out);
        }
    }
}
