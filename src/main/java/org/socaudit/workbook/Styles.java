package org.socaudit.workbook;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.socaudit.model.Assessment;

/** The workbook's cell styles, made once per workbook (Excel allows only so many). */
final class Styles {

    /** Fill colours for ratings: green, amber, red, and grey for "not assessed". */
    private static final Map<Assessment, String> RAG = Map.of(
            Assessment.GOOD, "C6EFCE",
            Assessment.ACCEPTABLE, "FFEB9C",
            Assessment.NEEDS_IMPROVEMENT, "FFC7CE");

    private static final String NOT_ASSESSED = "EDEDED";
    private static final String HEADER = "1F4E78";
    private static final String SECTION = "DDEBF7";
    private static final String GROUP = "BDD7EE";
    // Pale yellow, the usual mark of the cells a person fills in.
    private static final String INPUT = "FFF2CC";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle groupRow;
    final CellStyle sectionRow;
    final CellStyle text;
    final CellStyle textBold;
    final CellStyle input;
    final CellStyle inputDate;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle score;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle bigPercent;
    final CellStyle notAssessed;
    /** A link to another sheet: blue, underlined, bordered like text. */
    final CellStyle link;
    /** Styles marked with the row they were written on, made as needed. */
    final RowMarks marks;

    private final Map<Assessment, CellStyle> rating = new EnumMap<>(Assessment.class);
    private final Map<Assessment, CellStyle> bigRating = new EnumMap<>(Assessment.class);

    Styles(XSSFWorkbook workbook) {
        // Body text names its font rather than taking the workbook's default, which defers to a
        // theme the workbook does not have: LibreOffice then shows it in a font of its own.
        marks = new RowMarks(workbook);
        Font body = font(workbook, 11, false, null);
        short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
        short percentFormat = workbook.createDataFormat().getFormat("0%");
        title = plain(workbook, font(workbook, 16, true, null));
        subtitle = plain(workbook, font(workbook, 11, false, "595959"));
        subtitle.setWrapText(false);
        header = bordered(workbook, font(workbook, 11, true, "FFFFFF"));
        fill(header, HEADER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        groupRow = bordered(workbook, font(workbook, 12, true, null));
        fill(groupRow, GROUP);
        sectionRow = bordered(workbook, font(workbook, 11, true, null));
        fill(sectionRow, SECTION);
        text = bordered(workbook, body);
        textBold = bordered(workbook, font(workbook, 11, true, null));
        input = bordered(workbook, body);
        input.setLocked(false);
        fill(input, INPUT);
        inputDate = bordered(workbook, body);
        inputDate.setLocked(false);
        fill(inputDate, INPUT);
        inputDate.setDataFormat(dateFormat);
        inputDate.setAlignment(HorizontalAlignment.LEFT);
        date = bordered(workbook, body);
        date.setDataFormat(dateFormat);
        // Centred, so a date never reads as running on from an amount right-aligned beside it.
        date.setAlignment(HorizontalAlignment.CENTER);
        integer = bordered(workbook, body);
        integer.setAlignment(HorizontalAlignment.CENTER);
        percent = bordered(workbook, body);
        percent.setDataFormat(percentFormat);
        percent.setAlignment(HorizontalAlignment.CENTER);
        score = bordered(workbook, body);
        score.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        score.setAlignment(HorizontalAlignment.CENTER);
        short moneyFormat = workbook.createDataFormat().getFormat("£#,##0.00");
        money = bordered(workbook, body);
        money.setDataFormat(moneyFormat);
        moneyBold = bordered(workbook, font(workbook, 11, true, null));
        moneyBold.setDataFormat(moneyFormat);
        bigPercent = bordered(workbook, font(workbook, 14, true, null));
        bigPercent.setDataFormat(percentFormat);
        bigPercent.setAlignment(HorizontalAlignment.LEFT);
        notAssessed = bordered(workbook, body);
        fill(notAssessed, NOT_ASSESSED);
        XSSFFont linkFont = (XSSFFont) font(workbook, 11, false, "0563C1");
        linkFont.setUnderline(Font.U_SINGLE);
        link = bordered(workbook, linkFont);
        for (Assessment level : Assessment.values()) {
            XSSFCellStyle style = bordered(workbook, font(workbook, 11, true, null));
            fill(style, RAG.get(level));
            rating.put(level, style);
            XSSFCellStyle big = bordered(workbook, font(workbook, 14, true, null));
            fill(big, RAG.get(level));
            bigRating.put(level, big);
        }
    }

    /** The red, amber or green style of a rating; grey when there is none. */
    CellStyle rating(Assessment level) {
        return level == null ? notAssessed : rating.get(level);
    }

    /** A large red, amber or green style for the headline rating. */
    CellStyle bigRating(Assessment level) {
        return level == null ? notAssessed : bigRating.get(level);
    }

    private static XSSFCellStyle plain(XSSFWorkbook workbook, Font font) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, Font font) {
        XSSFCellStyle style = plain(workbook, font);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static Font font(XSSFWorkbook workbook, int points, boolean bold, String rgb) {
        XSSFFont font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (rgb != null) {
            font.setColor(color(rgb));
        }
        return font;
    }

    private static void fill(CellStyle style, String rgb) {
        ((XSSFCellStyle) style).setFillForegroundColor(color(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor color(String rgb) {
        return new XSSFColor(new byte[] {
            (byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16),
            (byte) Integer.parseInt(rgb.substring(4, 6), 16)
        });
    }
}
