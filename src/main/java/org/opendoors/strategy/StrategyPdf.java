package org.opendoors.strategy;

import org.opendoors.base.ui.Formats;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.opendoors.base.brand.Brand;
import org.opendoors.base.ui.Chart;
import org.opendoors.socialvalue.Grade;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The two scrutiny documents in the councils' own layouts: the action plan (a table: No., Recommendation, Proposed
 * actions / progress, Success measures, Responsibility, Date) and the progress update (a header table, then for each
 * recommendation its rows and, round by round, evidence of progress, assessment of progress and evidence of impact;
 * the grading key at the end). Brand colour, logo and council name come from the brand pack.
 */
final class StrategyPdf {


    private final Brand brand;
    private final Color primary;
    private final Font heading;
    private final Font body = new Font(Font.HELVETICA, 9);
    private final Font bold = new Font(Font.HELVETICA, 9, Font.BOLD);
    private final Font small = new Font(Font.HELVETICA, 8, Font.ITALIC, new Color(0x50, 0x5a, 0x5f));

    StrategyPdf(Brand brand) {
        this.brand = brand;
        this.primary = Color.decode(brand.primaryColour());
        this.heading = new Font(Font.HELVETICA, 14, Font.BOLD, primary);
    }

    /** A round's entries keyed by recommendation id, with the round. */
    record RoundEntries(ProgressRound round, Map<Long, ProgressEntry> entries) {
    }

    byte[] actionPlan(ActionPlan plan, List<Recommendation> recommendations, Map<Long, List<SuccessMeasure>> measures) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Action plan: " + plan.getTitle());
        document.addAuthor(brand.councilName());
        document.open();
        addLogo(document);
        document.add(new Paragraph("ACTION PLAN: " + plan.getTitle(), heading));
        document.add(new Paragraph(brand.councilName() + (plan.getCommittee() == null ? "" : " · " + plan.getCommittee())
                + " · agreed " + Formats.longMonth(plan.getAgreedOn()) + " · link officer(s): " + plan.getLinkOfficers(), small));
        document.add(new Paragraph(" "));
        PdfPTable table = new PdfPTable(new float[] {0.5f, 3, 3, 3, 1.5f, 1.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"No.", "Recommendation", "Proposed Actions / Progress", "Success Measures", "Responsibility", "Date"}) {
            table.addCell(headerCell(header));
        }
        for (Recommendation r : recommendations) {
            table.addCell(cell(String.valueOf(r.getNumber())));
            table.addCell(cell(r.getText()));
            table.addCell(cell(String.join("\n", r.getActions())));
            table.addCell(cell(String.join("\n", measures.getOrDefault(r.getId(), List.of()).stream()
                    .map(SuccessMeasure::getDescription).toList())));
            table.addCell(cell(r.getResponsibility()));
            table.addCell(cell(dates(r)));
        }
        document.add(table);
        document.close();
        return pdf.toByteArray();
    }

    byte[] progressUpdate(ActionPlan plan, List<Recommendation> recommendations, Map<Long, List<SuccessMeasure>> measures,
                          List<RoundEntries> rounds, Map<Long, MeasureChart> charts) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        document.addTitle("Progress update: " + plan.getTitle());
        document.addAuthor(brand.councilName());
        document.open();
        addLogo(document);
        document.add(new Paragraph("PROGRESS UPDATE: " + plan.getTitle(), heading));
        document.add(new Paragraph(" "));
        PdfPTable header = new PdfPTable(new float[] {1, 3});
        header.setWidthPercentage(100);
        PdfPCell title = headerCell("SCRUTINY MONITORING – PROGRESS UPDATE");
        title.setColspan(2);
        header.addCell(title);
        row(header, "Review:", plan.getTitle());
        row(header, "Link Officer/s:", plan.getLinkOfficers());
        row(header, "Action Plan Agreed:", Formats.longMonth(plan.getAgreedOn()));
        document.add(header);
        document.add(new Paragraph("Progress is reported against each recommendation the committee agreed: what has taken place, "
                + "a grade assessing progress (see the grading key at the end) and any evidence of the impact of the actions. Figures "
                + "marked as measured from Open Doors are counted from the council's records as of the date of each update.", body));
        for (Recommendation r : recommendations) {
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {1.3f, 3});
            table.setWidthPercentage(100);
            table.setKeepTogether(false);
            row(table, "Recommendation " + r.getNumber() + ":", r.getText());
            row(table, "Responsibility:", r.getResponsibility());
            row(table, "Date:", dates(r));
            row(table, "Agreed Action:", String.join("\n", r.getActions()));
            row(table, "Agreed Success Measure:", String.join("\n", measures.getOrDefault(r.getId(), List.of()).stream()
                    .map(SuccessMeasure::getDescription).toList()));
            for (RoundEntries round : rounds) {
                ProgressEntry e = round.entries().get(r.getId());
                if (e == null) {
                    continue;
                }
                String label = round.round().getLabel();
                row(table, "Evidence of Progress (" + label + "):", nz(e.getEvidenceOfProgress()));
                Grade grade = e.getGrade();
                row(table, "Assessment of Progress (" + label + "): (include explanation if required)",
                        (grade == null ? "Not graded" : grade.number() + ". " + grade.label().substring(2))
                                + (e.getExplanation() == null ? "" : "\n" + e.getExplanation()));
                row(table, "Evidence of Impact (" + label + "):", nz(e.getEvidenceOfImpact()));
            }
            document.add(table);
            addCharts(document, writer, measures.getOrDefault(r.getId(), List.of()), charts);
        }
        document.add(new Paragraph(" "));
        PdfPTable key = new PdfPTable(new float[] {2, 1, 1, 1, 1});
        key.setWidthPercentage(100);
        key.setKeepTogether(true);
        key.addCell(labelCell("Assessment of"));
        for (Grade g : Grade.values()) {
            key.addCell(cell(String.valueOf(g.number())));
        }
        key.addCell(labelCell("Progress Gradings:"));
        for (String label : new String[] {"Fully Achieved", "On-Track", "Slipped", "Not Achieved"}) {
            key.addCell(cell(label));
        }
        document.add(key);
        document.close();
        return pdf.toByteArray();
    }

    private static final float CHART_WIDTH = 480;
    private static final float CHART_HEIGHT = 200;

    /** Each live measure's chart, drawn by the same JFreeChart code as the web page, as vector graphics. */
    private void addCharts(Document document, PdfWriter writer, List<SuccessMeasure> measures, Map<Long, MeasureChart> charts) {
        int n = 0;
        for (SuccessMeasure measure : measures) {
            n++;
            MeasureChart chart = charts.get(measure.getId());
            if (chart == null || chart.months().isEmpty()) {
                continue;
            }
            Paragraph caption = new Paragraph("Measure " + n + " over time against its milestones (" + chart.unit()
                    + ", measured from Open Doors up to " + Formats.longDate(chart.until()) + "): "
                    + measure.getDescription(), small);
            caption.setSpacingBefore(6);
            document.add(caption);
            PdfTemplate template = writer.getDirectContent().createTemplate(CHART_WIDTH, CHART_HEIGHT);
            Graphics2D g2 = template.createGraphics(CHART_WIDTH, CHART_HEIGHT);
            Chart.build(Chart.Kind.LINE, "Month", chart.unit(), chart.months(), List.of(
                    new Chart.Series("Measured value", chart.measured()), new Chart.Series("Milestone target", chart.milestones())))
                    .draw(g2, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
            g2.dispose();
            try {
                document.add(Image.getInstance(template));
            } catch (BadElementException e) {
                throw new IllegalStateException("Could not place the chart of measure " + measure.getId(), e);
            }
        }
    }

    private void addLogo(Document document) {
        try {
            Image logo = Image.getInstance(brand.certificateLogoPng());
            logo.scaleToFit(140, 36);
            logo.setAlignment(Element.ALIGN_RIGHT);
            document.add(logo);
        } catch (Exception unreadable) {
            document.add(new Paragraph(brand.councilName(), bold));
        }
    }

    private static String dates(Recommendation r) {
        String text = r.getDateText() == null ? "" : r.getDateText();
        if (r.getDueOn() != null) {
            text = text + (text.isEmpty() ? "" : "\n") + Formats.longMonth(r.getDueOn());
        }
        return text;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(labelCell(label));
        table.addCell(cell(value));
    }

    private PdfPCell headerCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE)));
        cell.setBackgroundColor(primary);
        cell.setPadding(4);
        return cell;
    }

    private PdfPCell labelCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold));
        cell.setBackgroundColor(new Color(0xf3, 0xf2, 0xf1));
        cell.setPadding(4);
        return cell;
    }

    private PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, body));
        cell.setPadding(4);
        cell.setBorder(Rectangle.BOX);
        return cell;
    }
}
