package org.socaudit.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-day totals: split days found as the boxed map found them, however many days there are. */
class DayTotalsTest {

    private static final long LOW = 500_000;
    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    @Test
    void findsDaysOfSeveralLowPaymentsThatReachTheLowValueMostMoneyFirst() {
        DayTotals days = new DayTotals();
        days.add(START, 300_000, LOW);
        days.add(START, 250_000, LOW);
        days.add(START.plusDays(1), 499_999, LOW);
        days.add(START.plusDays(1), 499_999, LOW);
        days.add(START.plusDays(1), -100, LOW);
        days.add(START.plusDays(2), 400_000, LOW);
        days.add(START.plusDays(2), 500_000, LOW);
        days.add(START.plusDays(3), 100_000, LOW);
        days.add(START.plusDays(3), 100_000, LOW);

        assertEquals(
                List.of(new DayTotals.Day(START.plusDays(1), 3, 999_898), new DayTotals.Day(START, 2, 550_000)),
                days.splitDays(LOW));
    }

    @Test
    void keepsEveryDayAcrossGrowthAndMerging() {
        DayTotals one = new DayTotals();
        DayTotals other = new DayTotals();
        for (int d = 0; d < 1000; d++) {
            one.add(START.plusDays(d), 300_000, LOW);
            other.add(START.plusDays(d), d % 2 == 0 ? 300_000 : 600_000, LOW);
        }

        one.addAll(other);

        List<DayTotals.Day> split = one.splitDays(LOW);
        assertEquals(500, split.size());
        assertEquals(new DayTotals.Day(START, 2, 600_000), split.get(0));
        assertEquals(new DayTotals.Day(START.plusDays(998), 2, 600_000), split.get(499));
    }
}
