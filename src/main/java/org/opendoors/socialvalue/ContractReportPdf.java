package org.opendoors.socialvalue;

import org.opendoors.base.ui.Formats;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import org.opendoors.base.brand.Brand;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** A contract's social value report: per period and cumulative, with grades and the suppliers' narratives. */
final class ContractReportPdf {


    private final Brand brand;
    private final Font heading;
    private final Font body = new Font(Font.HELVETICA, 10);
    private final Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);

    ContractReportPdf(Brand brand) {
        this.brand = brand;
        this.heading = new Font(Font.HELVETICA, 16, Font.BOLD, Color.decode(brand.primaryColour()));
    }

    byte[] render(Contract contract, String supplier, List<KpiProgress> progress, List<KpiReturn> returns) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, pdf);
        document.addTitle("Social value report – " + contract.getReference());
        document.addAuthor(brand.councilName());
        document.open();
        document.add(new Paragraph("Social value report: " + contract.getTitle(), heading));
        document.add(new Paragraph(contract.getReference() + " · " + supplier + " · "
                + NumberFormat.getCurrencyInstance(Locale.UK).format(contract.getValuePence() / 100.0) + " · "
                + Formats.date(contract.getStartsOn()) + " to " + Formats.date(contract.getEndsOn()), body));
        for (KpiProgress kpi : progress) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph(kpi.measure() + (kpi.ringfenced() ? " – ringfenced for care leavers" : ""), bold));
            document.add(new Paragraph("Trend: " + kpi.trend().label(), body));
            PdfPTable table = new PdfPTable(new float[] {1, 2, 2, 2, 2, 3});
            table.setWidthPercentage(100);
            for (String header : new String[] {"Period", "Target", "Actual", "Target so far", "Actual so far", "Grade"}) {
                table.addCell(new PdfPCell(new Phrase(header, bold)));
            }
            for (KpiProgress.PeriodFigure f : kpi.periods()) {
                table.addCell(new Phrase(String.valueOf(f.number()), body));
                table.addCell(new Phrase(plain(f.target()), body));
                table.addCell(new Phrase(f.actual() == null ? "not reported" : plain(f.actual()), body));
                table.addCell(new Phrase(plain(f.cumulativeTarget()), body));
                table.addCell(new Phrase(plain(f.cumulativeActual()), body));
                table.addCell(new Phrase(f.grade() == null ? "" : f.grade().label(), body));
            }
            document.add(table);
            if (kpi.socialValuePence() != null) {
                document.add(new Paragraph("Social value so far: "
                        + NumberFormat.getCurrencyInstance(Locale.UK).format(kpi.socialValuePence() / 100.0), body));
            }
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Narrative and grades", bold));
        Map<Long, Integer> numbers = contract.getPeriods().stream().collect(Collectors.toMap(ReportingPeriod::getId, ReportingPeriod::getNumber));
        for (KpiReturn r : returns.stream().sorted(Comparator.comparing(r -> numbers.get(r.getPeriodId()))).toList()) {
            int number = numbers.get(r.getPeriodId());
            Paragraph entry = new Paragraph("Period " + number + " (" + r.getStatus().label().toLowerCase(Locale.UK) + "): "
                    + (r.getNarrative() == null ? "no narrative" : r.getNarrative())
                    + (r.getQueryComment() == null ? "" : " Query: " + r.getQueryComment()
                        + (r.getQueryAnswer() == null ? "" : " Answer: " + r.getQueryAnswer()))
                    + (r.getGrade() == null ? "" : " Grade " + r.getGrade().label() + ". " + r.getGradeExplanation()), body);
            entry.setAlignment(Element.ALIGN_LEFT);
            document.add(entry);
        }
        document.close();
        return pdf.toByteArray();
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
