package org.socaudit.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socaudit.model.InputIssue;
import org.socaudit.testing.SharedData;

/**
 * Every real spending file in shared/data/council-spend reads without issues; row, redaction and
 * pence totals were counted independently with Python's csv module.
 */
class CouncilSpendFilesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bradford-2019-07_clean.csv, 10097, 95, 5381085983, 2019-07-02",
        "bradford-2019-08_clean.csv, 9708, 72, 4084947925, 2019-08-01",
        "bradford-2019-09_clean.csv, 8920, 40, 3966943280, 2019-09-03",
        "calderdale-2022-08-card.csv, 382, 0, 6157794, 2021-11-27",
        "harrogate-2022-08.csv, 1873, 3, 538177574, 2022-08-01"
    })
    void readsEveryRowOfARealCouncilFile(String name, long rows, long redacted, long totalPence, LocalDate earliest)
            throws Exception {
        Path file = SharedData.dir().resolve("data").resolve("council-spend").resolve(name);
        long[] total = {0};
        LocalDate[] first = {LocalDate.MAX};
        List<String> names = new ArrayList<>();
        List<InputIssue> issues = new ArrayList<>();

        ReadSummary summary = new PaymentFileReader(Map.of())
                .read(
                        file,
                        p -> {
                            total[0] += p.amountPence();
                            first[0] = p.date().isBefore(first[0]) ? p.date() : first[0];
                            names.add(p.supplierName());
                        },
                        issues::add);

        assertEquals(List.of(), issues);
        assertEquals(new ReadSummary(rows, rows - redacted, redacted, 0), summary);
        assertEquals(totalPence, total[0]);
        assertEquals(earliest, first[0]);
        assertTrue(names.stream().noneMatch(n -> n.contains("\uFFFD")), "no undecodable characters");
    }
}
