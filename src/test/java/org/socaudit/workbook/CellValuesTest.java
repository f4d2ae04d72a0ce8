package org.socaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    private static Cell cell(Object value) {
        XSSFWorkbook book = new XSSFWorkbook();
        Cell cell = book.createSheet("Checklist").createRow(0).createCell(0);
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue((String) value);
        }
        return cell;
    }

    @ParameterizedTest(name = "[{0}] is out of range")
    @ValueSource(strings = {"0001-01-01", "1899-12-31", "31/12/1899", "-0044-03-15", "1 January 2201"})
    void refusesTypedDatesOutsideTheYearsAWorkbookCanShow(String text) {
        CellValues.NotADateException e =
                assertThrows(CellValues.NotADateException.class, () -> CellValues.date(cell(text)));

        assertEquals(
                "'" + text + "' is out of range: a date must be between 1900 and 2200; use dd/mm/yyyy", e.getMessage());
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({"1900-01-01, 1900-01-01", "31/12/2200, 2200-12-31", "31/03/2027, 2027-03-31"})
    void readsTypedDatesWithinTheRange(String text, LocalDate date) throws Exception {
        assertEquals(date, CellValues.date(cell(text)).orElseThrow());
    }

    @ParameterizedTest(name = "day number {0} is {1}")
    @CsvSource({"18264, 1950-01-01", "46477, 2027-03-31", "80000, 2119-01-11"})
    void readsDayNumbersFrom1910To2200(double serial, LocalDate date) throws Exception {
        assertEquals(date, CellValues.date(cell(serial)).orElseThrow());
    }

    @ParameterizedTest(name = "day number {0} is refused")
    @ValueSource(doubles = {3, 2027, 120000})
    void refusesDayNumbersThatAreMoreLikelyTypedNumbers(double serial) {
        assertThrows(CellValues.NotADateException.class, () -> CellValues.date(cell(serial)));
    }

    @ParameterizedTest(name = "day number {0} in a 1904 workbook is {1}")
    @CsvSource({"32873, 1994-01-01", "45015, 2027-03-31"})
    void readsDayNumbersOfA1904WorkbookFrom1904(double serial, LocalDate date) throws Exception {
        Cell cell = cell(serial);
        ((XSSFWorkbook) cell.getSheet().getWorkbook())
                .getCTWorkbook()
                .getWorkbookPr()
                .setDate1904(true);

        assertEquals(date, CellValues.date(cell).orElseThrow());
    }
}
