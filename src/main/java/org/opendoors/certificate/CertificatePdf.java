package org.opendoors.certificate;

import org.opendoors.base.ui.Formats;

import org.opendoors.base.brand.Brand;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.RectangleReadOnly;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * Renders pledge certificates as one-page A4 landscape PDFs in the brand's colours, with a QR code that links
 * to the certificate's public verification page. All text is real text (searchable, readable by screen readers)
 * in the built-in Helvetica fonts, so nothing is embedded but the logo.
 * <p>
 * Everything is placed at fixed positions on a single page; the body (heading, organisation, commitments, dates)
 * is set in a box between the logo and the footer, in smaller type when there are many commitments, so a
 * certificate never runs onto a second page.
 * <p>
 * Thread-safe: the logo is decoded and the fonts are created once and only read afterwards; each
 * {@link #render} builds its own document.
 */
public class CertificatePdf {

    /** More commitments than this are set in a smaller type so that up to eleven still fit on the page. */
    private static final int COMMITMENTS_IN_REGULAR_TYPE = 6;

    private static final Rectangle PAGE = new RectangleReadOnly(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float SIDE_MARGIN = 72;
    private static final float RIGHT_EDGE = PAGE.getWidth() - SIDE_MARGIN;
    private static final float CONTENT_WIDTH = RIGHT_EDGE - SIDE_MARGIN;
    private static final float LOGO_TOP = PAGE.getHeight() - 44;
    private static final float LOGO_MAX_WIDTH = 180;
    private static final float LOGO_MAX_HEIGHT = 56;
    private static final float QR_SIZE = 80;
    private static final float QR_BOTTOM = 78;
    private static final float BODY_TOP = LOGO_TOP - LOGO_MAX_HEIGHT - 12;
    private static final float BODY_BOTTOM = QR_BOTTOM + QR_SIZE + 8;
    private static final float BULLET_INDENT = 14;
    /** Room to spare on the longest commitment: a line exactly as wide as its column can still wrap. */
    private static final float WRAP_TOLERANCE = 2;
    private static final float SIGNATURE_LINE_LENGTH = 190;

    private static final Color INK = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x555b63);
    private static final BaseFont HELVETICA = standardFont(BaseFont.HELVETICA);
    private static final BaseFont HELVETICA_BOLD = standardFont(BaseFont.HELVETICA_BOLD);
    private static final Font ORGANISATION = new Font(HELVETICA_BOLD, 32, Font.NORMAL, INK);
    private static final Font LONG_ORGANISATION = new Font(HELVETICA_BOLD, 24, Font.NORMAL, INK);
    private static final Font STATEMENT = new Font(HELVETICA, 14, Font.NORMAL, INK);
    private static final Font DATES = new Font(HELVETICA, 11, Font.NORMAL, MUTED);
    private static final Font SIGNATORY_NAME = new Font(HELVETICA_BOLD, 11, Font.NORMAL, INK);
    private static final Font SIGNATORY_TITLE = new Font(HELVETICA, 10, Font.NORMAL, INK);
    private static final Font SMALL = new Font(HELVETICA, 9, Font.NORMAL, MUTED);
    private static final Font SMALL_BOLD = new Font(HELVETICA_BOLD, 9, Font.NORMAL, INK);

    private final Brand brand;
    private final Color primary;
    private final Image logo;
    private final Font heading;
    private final ListStyle regularList;
    private final ListStyle compactList;
    private final ListStyle tightList;

    /**
     * @param brand the brand pack; its certificate logo must be a PNG and its primary colour {@code #rrggbb}
     * @throws IllegalArgumentException if the logo cannot be read
     */
    public CertificatePdf(Brand brand) {
        this.brand = brand;
        this.primary = Color.decode(brand.primaryColour());
        this.logo = LogoImage.decode(brand.certificateLogoPng());
        this.heading = new Font(HELVETICA_BOLD, 24, Font.NORMAL, primary);
        this.regularList = new ListStyle(13, 19, primary);
        this.compactList = new ListStyle(11, 14, primary);
        this.tightList = new ListStyle(9, 11, primary);
    }

    /** The certificate as a one-page PDF. */
    public byte[] render(CertificateContent content) {
        var pdf = new ByteArrayOutputStream(16 * 1024);
        var document = new Document(PAGE);
        PdfWriter writer = PdfWriter.getInstance(document, pdf);
        describe(document, writer, content);
        document.open();
        drawBorder(writer.getDirectContentUnder());
        PdfContentByte canvas = writer.getDirectContent();
        drawLogo(canvas);
        drawBody(canvas, content);
        drawSignatory(canvas);
        drawVerification(canvas, content);
        document.close();
        return pdf.toByteArray();
    }

    /** Title, author and language, for document managers, search and screen readers. */
    private void describe(Document document, PdfWriter writer, CertificateContent content) {
        document.addTitle("Pledge certificate – " + content.organisationName());
        document.addAuthor(brand.councilName());
        document.addSubject(brand.title());
        document.addCreator(brand.serviceName());
        document.addCreationDate();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en-GB"));
    }

    private void drawBorder(PdfContentByte canvas) {
        canvas.setColorStroke(primary);
        strokeInset(canvas, 20, 6);
        strokeInset(canvas, 30, 0.75f);
    }

    private static void strokeInset(PdfContentByte canvas, float inset, float lineWidth) {
        canvas.setLineWidth(lineWidth);
        canvas.rectangle(inset, inset, PAGE.getWidth() - 2 * inset, PAGE.getHeight() - 2 * inset);
        canvas.stroke();
    }

    /** Draws the shared logo through an explicit matrix, which leaves the {@link Image} itself untouched. */
    private void drawLogo(PdfContentByte canvas) {
        float scale = Math.min(LOGO_MAX_WIDTH / logo.getWidth(), LOGO_MAX_HEIGHT / logo.getHeight());
        float width = logo.getWidth() * scale;
        float height = logo.getHeight() * scale;
        canvas.addImage(logo, width, 0, 0, height, (PAGE.getWidth() - width) / 2, LOGO_TOP - height);
    }

    /**
     * Sets the body in the first list style that fits between the logo and the footer (trying it out first
     * without drawing), centred vertically in that space.
     */
    private void drawBody(PdfContentByte canvas, CertificateContent content) {
        for (ListStyle style : listStylesToTry(content)) {
            ColumnText trial = body(canvas, content, style, BODY_TOP);
            boolean fits = !ColumnText.hasMoreText(trial.go(true));
            if (fits || style == tightList) {
                float spaceLeft = Math.max(0, trial.getYLine() - BODY_BOTTOM);
                body(canvas, content, style, BODY_TOP - spaceLeft / 2).go();
                return;
            }
        }
    }

    private java.util.List<ListStyle> listStylesToTry(CertificateContent content) {
        return content.commitments().size() > COMMITMENTS_IN_REGULAR_TYPE
                ? java.util.List.of(compactList, tightList)
                : java.util.List.of(regularList, compactList, tightList);
    }

    private ColumnText body(PdfContentByte canvas, CertificateContent content, ListStyle style, float top) {
        var column = new ColumnText(canvas);
        column.setSimpleColumn(SIDE_MARGIN, BODY_BOTTOM, RIGHT_EDGE, top);
        column.addElement(centred(new Paragraph(30, "Certificate of pledge", heading)));
        column.addElement(organisation(content.organisationName()));
        column.addElement(statement());
        column.addElement(commitmentList(content, style));
        column.addElement(validity(content));
        return column;
    }

    private static Paragraph centred(Paragraph paragraph) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    /** The organisation's name, in smaller type if it would not fit on one line. */
    private static Paragraph organisation(String name) {
        boolean fits = HELVETICA_BOLD.getWidthPoint(name, ORGANISATION.getSize()) <= CONTENT_WIDTH;
        Font font = fits ? ORGANISATION : LONG_ORGANISATION;
        Paragraph organisation = centred(new Paragraph(font.getSize() * 1.25f, name, font));
        organisation.setSpacingBefore(6);
        organisation.setSpacingAfter(4);
        return organisation;
    }

    private Paragraph statement() {
        Paragraph statement = centred(new Paragraph(20,
                "has pledged to support young people leaving care with " + brand.councilName(), STATEMENT));
        statement.setSpacingAfter(14);
        return statement;
    }

    /** A bulleted list, indented equally on both sides so that the block sits in the middle of the page. */
    private static List commitmentList(CertificateContent content, ListStyle style) {
        var list = new List(false, BULLET_INDENT);
        list.setListSymbol(new Chunk("•", style.bullet()));
        float listWidth = BULLET_INDENT + style.widestLine(content) + WRAP_TOLERANCE;
        float indentation = Math.max(0, (CONTENT_WIDTH - listWidth) / 2);
        list.setIndentationLeft(indentation);
        list.setIndentationRight(indentation);
        content.commitments().forEach(line -> list.add(new ListItem(style.leading(), line, style.text())));
        return list;
    }

    private static Paragraph validity(CertificateContent content) {
        Paragraph validity = centred(new Paragraph(16,
                "Issued " + britishDate(content.issuedOn()) + " · Valid until " + britishDate(content.validUntil()),
                DATES));
        validity.setSpacingBefore(16);
        return validity;
    }

    private static String britishDate(LocalDate date) {
        return Formats.longDate(date);
    }

    private void drawSignatory(PdfContentByte canvas) {
        canvas.setColorStroke(INK);
        canvas.setLineWidth(0.75f);
        canvas.moveTo(SIDE_MARGIN, 112);
        canvas.lineTo(SIDE_MARGIN + SIGNATURE_LINE_LENGTH, 112);
        canvas.stroke();
        showText(canvas, brand.signatoryName(), SIGNATORY_NAME, 98);
        showText(canvas, brand.signatoryTitle(), SIGNATORY_TITLE, 85);
        showText(canvas, "Signed on behalf of " + brand.councilName(), SMALL, 72);
    }

    private static void showText(PdfContentByte canvas, String text, Font font, float baseline) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), SIDE_MARGIN, baseline, 0);
    }

    /** The QR code bottom right, with the link and code under it for anyone who cannot scan it. */
    private void drawVerification(PdfContentByte canvas, CertificateContent content) {
        PdfTemplate qrCode = QrCode.template(canvas, content.verificationUrl());
        float scale = QR_SIZE / qrCode.getWidth();
        canvas.addTemplate(qrCode, scale, 0, 0, scale, RIGHT_EDGE - QR_SIZE, QR_BOTTOM);
        var column = new ColumnText(canvas);
        column.setSimpleColumn(SIDE_MARGIN + SIGNATURE_LINE_LENGTH + 24, 36, RIGHT_EDGE, QR_BOTTOM - 4);
        column.addElement(verificationLine(new Phrase(12, "Check this certificate: ", SMALL), link(content)));
        column.addElement(verificationLine(new Phrase(12, "Verification code: ", SMALL),
                new Chunk(content.verificationCode(), SMALL_BOLD)));
        column.go();
    }

    private static Chunk link(CertificateContent content) {
        var link = new Chunk(content.verificationUrl(), SMALL);
        link.setAnchor(content.verificationUrl());
        return link;
    }

    private static Paragraph verificationLine(Phrase label, Chunk value) {
        label.add(value);
        var line = new Paragraph(label);
        line.setAlignment(Element.ALIGN_RIGHT);
        return line;
    }

    private static BaseFont standardFont(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Type for the commitments: the text, a bullet in the brand colour, and the line spacing. */
    private record ListStyle(Font text, Font bullet, float leading) {

        ListStyle(float size, float leading, Color bulletColour) {
            this(new Font(HELVETICA, size, Font.NORMAL, INK), new Font(HELVETICA_BOLD, size, Font.NORMAL, bulletColour),
                    leading);
        }

        float widestLine(CertificateContent content) {
            return (float) content.commitments().stream()
                    .mapToDouble(line -> HELVETICA.getWidthPoint(line, text.getSize()))
                    .max().orElse(0);
        }
    }
}
