package org.socaudit.workbook;

import java.util.List;
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
    static final byte[] GREEN = {0x70, (byte) 0xAD, 0x47};
    static final byte[] AMBER = {(byte) 0xFF, (byte) 0xC0, 0x00};
    static final byte[] GREY = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6};

    /** The bar colour of a rating: green, amber or red; grey (no bar, no label) when not assessed. */
    static byte[] colour(org.socaudit.model.Assessment rating) {
        if (rating == null) {
            return GREY;
        }
        return switch (rating) {
            case GOOD -> GREEN;
            case ACCEPTABLE -> AMBER;
            case NEEDS_IMPROVEMENT -> RED;
        };
    }

    /** Draws the chart for table rows firstRow..lastRow, anchored from row {@code top} across {@code columns}. */
    void draw(XSSFSheet sheet, int firstRow, int lastRow, int top, int columns) {
        draw(sheet, firstRow, lastRow, top, 0, columns);
    }

    /** Draws the chart 20 rows tall from row {@code top}, between the columns given. */
    void draw(XSSFSheet sheet, int firstRow, int lastRow, int top, int fromColumn, int toColumn) {
        draw(sheet, firstRow, lastRow, top, top + 20, fromColumn, toColumn, List.of(), 0);
    }

    /**
     * Draws the chart over rows {@code top} to {@code bottom} and the columns given; each bar takes
     * its colour from {@code pointColours} (one per table row, in order) where given; the labels are
     * in {@code labelColumn}.
     */
    void draw(
            XSSFSheet sheet,
            int firstRow,
            int lastRow,
            int top,
            int bottom,
            int fromColumn,
            int toColumn,
            List<byte[]> pointColours,
            int labelColumn) {
        XSSFDrawing drawing =
                sheet.getDrawingPatriarch() == null ? sheet.createDrawingPatriarch() : sheet.getDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, fromColumn, top, toColumn, bottom));
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
                XDDFDataSourcesFactory.fromStringCellRange(
                        sheet, new CellRangeAddress(firstRow, lastRow, labelColumn, labelColumn)),
                XDDFDataSourcesFactory.fromNumericCellRange(
                        sheet, new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn)));
        series.setTitle(seriesName, null);
        XDDFShapeProperties fill = new XDDFShapeProperties();
        fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        series.setShapeProperties(fill);
        for (int point = 0; point < pointColours.size(); point++) {
            series.getDataPoint(point)
                    .setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(pointColours.get(point))));
        }
        chart.plot(data);
        if (!pointColours.isEmpty()) {
            showValues(chart, pointColours);
        }
    }

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /** Writes {@code <c:name val="value"/>} at the cursor and leaves the cursor after it. */
    private static void empty(org.apache.xmlbeans.XmlCursor cursor, String name, String value) {
        cursor.beginElement(new javax.xml.namespace.QName(CHART_NS, name, "c"));
        cursor.insertAttributeWithValue("val", value);
        cursor.toNextToken();
    }

    /**
     * Writes each bar's value beside it, so a bar of 0% reads "0%" and is not mistaken for one with
     * no value. A bar coloured {@link #GREY} has no value (not assessed): its label is removed, as
     * LibreOffice would otherwise label the blank cell "0%".
     */
    private void showValues(XSSFChart chart, List<byte[]> pointColours) {
        var series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
        var labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
        // POI's small schema jar has no class for one bar's label (c:dLbl), so it is written as XML.
        try (org.apache.xmlbeans.XmlCursor cursor = labels.newCursor()) {
            cursor.toEndToken();
            for (int point = 0; point < pointColours.size(); point++) {
                if (pointColours.get(point) == GREY) {
                    cursor.beginElement(new javax.xml.namespace.QName(CHART_NS, "dLbl", "c"));
                    empty(cursor, "idx", String.valueOf(point));
                    empty(cursor, "delete", "1");
                    cursor.toNextToken();
                }
            }
        }
        var format = labels.addNewNumFmt();
        format.setFormatCode(axis == Axis.PERCENT ? "0%" : "£#,##0");
        format.setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
