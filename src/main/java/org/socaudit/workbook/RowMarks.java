package org.socaudit.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;

/**
 * An invisible mark of which row a cell was written on: the font colour of every answer cell (and
 * of the row's hidden id cell) is a black that differs from true black only in its last few bits,
 * one shade per row. Excel always moves a cell's format with its value when it sorts, and
 * LibreOffice does unless "Include formats" is turned off, so an answer sorted on its own carries
 * the shade of the row it came from, and read-back can tell.
 *
 * <p>The shades repeat every {@value #CYCLE} rows, which keeps the fonts a workbook needs below
 * Excel's limits; read-back counts how often each shade appears rather than trusting it to name
 * one row, so in a longer table an answer swapped with one exactly a multiple of that many rows
 * away is the one move a mark cannot show.
 */
final class RowMarks {

    /** How many different shades there are before they repeat. */
    static final int CYCLE = 400;

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();

    RowMarks(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /** The mark of the row at this position in its table (0 for the first row); never 0. */
    static int of(int ordinal) {
        return ordinal % CYCLE + 1;
    }

    /** A copy of a style whose font carries a row's mark; made once per style and mark. */
    CellStyle marked(CellStyle base, int ordinal) {
        int mark = of(ordinal);
        return styles.computeIfAbsent(base.getIndex() + "/" + mark, key -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setFont(font(((XSSFCellStyle) base).getFont(), mark));
            return style;
        });
    }

    private XSSFFont font(XSSFFont base, int mark) {
        return fonts.computeIfAbsent(base.getIndex() + "/" + mark, key -> {
            XSSFFont font = workbook.createFont();
            font.setFontName(base.getFontName());
            font.setFontHeightInPoints(base.getFontHeightInPoints());
            font.setBold(base.getBold());
            font.setItalic(base.getItalic());
            font.setColor(
                    new XSSFColor(new byte[] {(byte) (mark >> 8), (byte) (mark >> 4 & 0xF), (byte) (mark & 0xF)}));
            return font;
        });
    }

    /**
     * The mark a cell carries, or 0 when it has none: a blank or missing cell with no style of
     * ours, a colour someone chose, or a theme colour.
     */
    static int read(Cell cell) {
        if (cell == null || !(cell.getCellStyle() instanceof XSSFCellStyle style)) {
            return 0;
        }
        XSSFColor color = style.getFont().getXSSFColor();
        if (color == null) {
            return 0;
        }
        CTColor ct = color.getCTColor();
        if (ct.isSetTheme() || ct.isSetIndexed() || !ct.isSetRgb()) {
            return 0;
        }
        byte[] rgb = color.getRGB();
        if (rgb == null || rgb.length < 3) {
            return 0;
        }
        int offset = rgb.length - 3;
        int r = rgb[offset] & 0xFF;
        int g = rgb[offset + 1] & 0xFF;
        int b = rgb[offset + 2] & 0xFF;
        if (r > 0xF || g > 0xF || b > 0xF) {
            return 0;
        }
        int mark = r << 8 | g << 4 | b;
        return mark >= 1 && mark <= CYCLE ? mark : 0;
    }
}
