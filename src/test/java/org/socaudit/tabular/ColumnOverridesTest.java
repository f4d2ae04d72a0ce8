package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socaudit.model.InvalidInputException;

class ColumnOverridesTest {

    @Test
    void readsRoleNamesInAnyCaseWithDashesOrUnderscores() throws Exception {
        Map<Role, String> overrides = ColumnOverrides.parse(
                List.of("supplier-name=Payee", "AMOUNT= Sum Paid ", "Company_Number=Reg. No", "cpv-codes=A=B"));

        assertEquals(
                Map.of(
                        Role.SUPPLIER_NAME, "Payee",
                        Role.AMOUNT, "Sum Paid",
                        Role.COMPANY_NUMBER, "Reg. No",
                        Role.CPV_CODES, "A=B"),
                overrides);
    }

    @Test
    void reportsEveryMalformedSpec() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ColumnOverrides.parse(List.of("payee", "colour=Red", "amount=", "date=Paid", "date=When")));

        assertEquals(4, e.problems().size());
        assertEquals("--column payee", e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains("ROLE=HEADER"));
        assertTrue(e.problems().get(1).message().contains("unknown role 'colour'"));
        assertTrue(e.problems().get(1).message().contains("supplier-name"));
        assertEquals("--column amount=", e.problems().get(2).location());
        assertTrue(e.problems().get(3).message().contains("named twice"));
    }

    @Test
    void noSpecsMeanNoOverrides() throws Exception {
        assertTrue(ColumnOverrides.parse(List.of()).isEmpty());
    }
}
