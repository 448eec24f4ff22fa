package org.opendoors.base.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.opendoors.base.csv.CsvWriter;

/**
 * A bar or line chart drawn on the server with JFreeChart into SVG (JFreeSVG): an image with {@code role="img"} and a
 * text alternative, a "Show as a table" data table with the same figures, and the data as CSV. Series differ by line
 * style and marker shape as well as colour, so colour is never the only difference. The same JFreeChart object can be
 * drawn into a PDF.
 */
public class Chart extends Div {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 320;
    private static final Color[] COLOURS = {new Color(0x1d, 0x70, 0xb8), new Color(0x50, 0x5a, 0x5f), new Color(0x00, 0x70, 0x3c),
            new Color(0xd4, 0x35, 0x1c)};
    private static final Shape[] SHAPES = {new Ellipse2D.Double(-4, -4, 8, 8), new Rectangle2D.Double(-4, -4, 8, 8)};

    /**
     * A named series: one value per category, null where it has none (a gap). {@code text}, when given, is what the table
     * and the CSV show for each value instead of the number (e.g. "fewer than 5" for a suppressed count).
     */
    public record Series(String name, List<BigDecimal> values, List<String> text) {

        public Series(String name, List<BigDecimal> values) {
            this(name, values, null);
        }

        String cell(int index) {
            return text != null ? text.get(index) : plain(values.get(index));
        }
    }

    public enum Kind { BAR, LINE }

    private final String title;

    public Chart(Kind kind, String title, String categoryAxis, String valueAxis, List<String> categories, List<Series> series,
                 String csvFilename) {
        this.title = title;
        addClassName("chart");
        String alternative = alternative(title, categories, series);
        Svg svg = new Svg(svg(build(kind, categoryAxis, valueAxis, categories, series), alternative));
        Paragraph summary = new Paragraph(alternative);
        summary.addClassName("chart-summary");
        Div holder = new Div();
        holder.getElement().appendChild(table(title, categoryAxis, categories, series));
        Details table = new Details("Show " + lowerFirst(title) + " as a table", holder);
        List<String> header = new ArrayList<>();
        header.add(categoryAxis);
        series.forEach(s -> header.add(s.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(categories.get(i));
            for (Series s : series) {
                row.add(s.cell(i));
            }
            rows.add(row);
        }
        CsvDownload download = new CsvDownload(lowerFirst(title), csvFilename, out -> CsvWriter.table(out, header, rows));
        add(svg, summary, table, new Div(download));
    }

    public String title() {
        return title;
    }

    /** The chart as JFreeChart draws it, for PDFs. */
    public static JFreeChart build(Kind kind, String categoryAxis, String valueAxis, List<String> categories, List<Series> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series s : series) {
            for (int i = 0; i < categories.size(); i++) {
                BigDecimal value = s.values().get(i);
                data.addValue(value, s.name(), categories.get(i));
            }
        }
        JFreeChart chart = kind == Kind.BAR
                ? ChartFactory.createBarChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL, series.size() > 1, false, false)
                : ChartFactory.createLineChart(null, categoryAxis, valueAxis, data, PlotOrientation.VERTICAL, series.size() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setOutlineVisible(false);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        range.setTickLabelFont(font);
        plot.getDomainAxis().setTickLabelFont(font);
        if (categories.size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (kind == Kind.BAR) {
            BarRenderer renderer = (BarRenderer) plot.getRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            for (int i = 0; i < series.size(); i++) {
                renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            }
        } else {
            LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
            for (int i = 0; i < series.size(); i++) {
                renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
                renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]);
                renderer.setSeriesShapesVisible(i, true);
                renderer.setSeriesStroke(i, i == 0 ? new BasicStroke(3f)
                        : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            }
        }
        return chart;
    }

    private static String svg(JFreeChart chart, String alternative) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + escape(alternative) + "\" focusable=\"false\" "
                + "style=\"width:100%;max-width:" + WIDTH + "px;height:auto\" ");
    }

    private static Element table(String title, String categoryAxis, List<String> categories, List<Series> series) {
        Element table = new Element("table");
        table.getClassList().add("data-table");
        table.appendChild(new Element("caption").setText(title));
        Element head = new Element("tr");
        head.appendChild(new Element("th").setAttribute("scope", "col").setText(categoryAxis));
        series.forEach(s -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(s.name())));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int i = 0; i < categories.size(); i++) {
            Element row = new Element("tr");
            row.appendChild(new Element("th").setAttribute("scope", "row").setText(categories.get(i)));
            for (Series s : series) {
                row.appendChild(new Element("td").setText(s.cell(i)));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }

    /** "Placements started by month: from Jan 2026 to Dec 2026; highest 7 in Mar 2026; total 31." */
    static String alternative(String title, List<String> categories, List<Series> series) {
        if (categories.isEmpty()) {
            return title + ": nothing to show yet.";
        }
        StringBuilder text = new StringBuilder(title).append(": ");
        text.append(categories.size() == 1 ? categories.getFirst() : "from " + categories.getFirst() + " to " + categories.getLast());
        for (Series s : series) {
            BigDecimal max = null;
            int at = -1;
            BigDecimal last = null;
            for (int i = 0; i < s.values().size(); i++) {
                BigDecimal v = s.values().get(i);
                if (v != null && (max == null || v.compareTo(max) > 0)) {
                    max = v;
                    at = i;
                }
                if (v != null) {
                    last = v;
                }
            }
            if (max != null) {
                text.append("; ").append(s.name()).append(": highest ").append(plain(max)).append(" (").append(categories.get(at))
                        .append("), latest ").append(plain(last));
            }
        }
        return text.append('.').toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
