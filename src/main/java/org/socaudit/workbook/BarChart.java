package org.socaudit.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native horizontal bar chart of one column of a table against its labels, so it stays live and
 * prints in Excel and LibreOffice. Labels are in the table's first column.
 */
record BarChart(String title, String seriesName, int valueColumn, Axis axis, byte[] rgb) {

    /** How the value axis is scaled and shown. */
    enum Axis {
        /** Fractions from 0 to 1 shown as percentages. */
        PERCENT,
        /** Amounts in pounds from zero. */
        POUNDS
    }

    static final byte[] BLUE = {0x2E, 0x75, (byte) 0xB6};
    static final byte[] RED = {(byte) 0xC0, 0x50, 0x4D};

    /** Draws the chart for table rows firstRow..lastRow, anchored from row {@code top} across {@code columns}. */
    void draw(XSSFSheet sheet, int firstRow, int lastRow, int top, int columns) {
        draw(sheet, firstRow, lastRow, top, 0, columns);
    }

    /** Draws the chart 20 rows tall from row {@code top}, between the columns given. */
    void draw(XSSFSheet sheet, int firstRow, int lastRow, int top, int fromColumn, int toColumn) {
        XSSFDrawing drawing =
                sheet.getDrawingPatriarch() == null ? sheet.createDrawingPatriarch() : sheet.getDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, fromColumn, top, toColumn, top + 20));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis labels = chart.createCategoryAxis(AxisPosition.LEFT);
        labels.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setMinimum(0);
        if (axis == Axis.PERCENT) {
            values.setMaximum(1);
            values.setMajorUnit(0.25);
            values.setNumberFormat("0%");
        } else {
            values.setNumberFormat("£#,##0");
        }
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, labels, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(
                        sheet, new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn)));
        series.setTitle(seriesName, null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        series.setShapeProperties(fill);
        chart.plot(data);
    }
}
