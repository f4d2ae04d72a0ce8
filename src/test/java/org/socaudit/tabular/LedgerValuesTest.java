package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socaudit.model.InputIssue;
import org.socaudit.model.InvalidInputException;

/** Amounts and dates a spending file may hold, and what is refused: at its line, or the whole file. */
class LedgerValuesTest {

    @TempDir
    Path dir;

    private Path csv(String text) throws Exception {
        return Files.writeString(dir.resolve("spend.csv"), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{0}] is not an amount at row 2")
    @ValueSource(strings = {"1,50", "100 200 300 4", "1 000,50", "1,,,,2", "1,2345.00"})
    void refusesBadThousandsGroupsAtTheirRowAndColumn(String amount) throws Exception {
        Fixtures.Payments read =
                Fixtures.payments(csv("Supplier Name,Amount\nA Ltd,\"" + amount + "\"\nB Ltd,\"1,234,567.89\"\n"));

        assertEquals(1, read.payments().size());
        assertEquals(123456789, read.first().amountPence());
        InputIssue issue = read.issues().get(0);
        assertEquals(
                "spend.csv:row 2, column 'Amount'",
                issue.location().substring(dir.toString().length() + 1));
        assertEquals("'" + amount + "' is not an amount of money; the row is left out", issue.reason());
    }

    @Test
    void leavesOutALineAboveTheLargestSinglePayment() throws Exception {
        Fixtures.Payments read =
                Fixtures.payments(csv("Supplier Name,Amount\nHuge Ltd,\"999,999,999,999,999.99\"\nSmall Ltd,10.00\n"));

        assertEquals(
                List.of(1000L),
                read.payments().stream().map(p -> p.amountPence()).toList());
        assertEquals(
                "'999,999,999,999,999.99' is more than £10,000,000,000.00, the most this toolkit reads as one payment;"
                        + " the row is left out",
                read.issues().get(0).reason());
        assertEquals(2, read.issues().get(0).row());
    }

    @Test
    void refusesAFileWhoseAmountsAddUpBeyondAnyRealSpending() throws Exception {
        StringBuilder text = new StringBuilder("Supplier Name,Amount\n");
        for (int i = 0; i < 10_001; i++) {
            text.append("Big Ltd,10000000000\n");
        }
        Path file = csv(text.toString());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Fixtures.payments(file));

        assertEquals(file + ":row 10002, column 'Amount'", e.problems().get(0).location());
        assertTrue(e.problems().get(0).message().contains("add up to more than £100,000,000,000,000.00"));
    }

    @ParameterizedTest(name = "[{0}] is out of range")
    @ValueSource(strings = {"0001-01-01", "31-Dec-1899", "-0044-03-15", "\"Monday, January 1, 0001\"", "01/01/2101"})
    void keepsALineWithAnOutOfRangeDateWithoutItsDate(String date) throws Exception {
        Fixtures.Payments read = Fixtures.payments(
                csv("Supplier Name,Amount,Payment Date\nA Ltd,10.00," + date + "\nB Ltd,20.00,2024-01-31\n"));

        assertEquals(2, read.payments().size());
        assertNull(read.first().date());
        assertEquals(LocalDate.of(2024, 1, 31), read.payments().get(1).date());
        assertEquals(1, read.summary().lines().partial());
        InputIssue issue = read.issues().get(0);
        assertEquals(2, issue.row());
        assertEquals("Payment Date", issue.column());
        assertTrue(
                issue.reason().contains("is out of range: a payment date must be between 1990 and 2100"),
                issue::toString);
    }
}
