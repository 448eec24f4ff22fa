package org.opendoors.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.opendoors.base.brand.Brand;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfContentParser;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.opendoors.certificate.CertificateFixtures.CODE;
import static org.opendoors.certificate.CertificateFixtures.URL;
import static org.opendoors.certificate.CertificateFixtures.brand;
import static org.opendoors.certificate.CertificateFixtures.content;

class CertificatePdfTest {

    private final CertificatePdf certificates = new CertificatePdf(brand());

    @Test
    void the_certificate_names_the_organisation_its_commitments_and_the_verification_code() throws IOException {
        CertificateContent content = content(6);

        String text = textOf(certificates.render(content));

        assertThat(text).contains("Certificate of pledge", "Anytown Building Supplies Ltd",
                "has pledged to support young people leaving care with Anytown Council");
        assertThat(text).contains(content.commitments());
        assertThat(text).contains("Issued 1 May 2026 · Valid until 30 April 2027");
        assertThat(text).contains("Jordan Ellis", "Director of Children's Services",
                "Signed on behalf of Anytown Council");
        assertThat(text).contains("Check this certificate: " + URL, "Verification code: " + CODE);
    }

    @Test
    void eleven_commitments_still_fit_on_one_page() throws IOException {
        CertificateContent content = content(11);

        PdfReader pdf = new PdfReader(certificates.render(content));

        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(pdf).getTextFromPage(1))
                .contains(content.commitments())
                .contains("Verification code: " + CODE);
    }

    @Test
    void a_long_name_and_eleven_long_commitments_still_fit_on_one_page() throws IOException {
        CertificateContent usual = content(11);
        CertificateContent content = new CertificateContent(
                "The Greater Anytown and District Community Interest Company for Construction Skills",
                usual.commitments(), usual.issuedOn(), usual.validUntil(), CODE,
                URL + "/a-much-longer-verification-path-than-usual");

        PdfReader pdf = new PdfReader(certificates.render(content));

        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(pdf).getTextFromPage(1))
                .contains(content.commitments())
                .contains("Issued 1 May 2026", "Jordan Ellis", "Verification code: " + CODE);
    }

    @Test
    void the_logo_keeps_its_pixels_and_transparency() throws IOException {
        PdfReader pdf = new PdfReader(certificates.render(content(1)));

        PRStream logo = xObjects(pdf, PdfName.IMAGE).stream()
                .filter(image -> image.contains(PdfName.SMASK))
                .findFirst().orElseThrow();

        assertThat(logo.getAsNumber(PdfName.WIDTH).intValue()).isEqualTo(256);
        assertThat(PdfReader.getStreamBytes(logo)).hasSize(256 * 256 * 3);
        assertThat(PdfReader.getStreamBytes((PRStream) PdfReader.getPdfObject(logo.get(PdfName.SMASK))))
                .hasSize(256 * 256);
    }

    @Test
    void the_document_is_titled_after_the_organisation_written_by_the_council_and_in_british_english() throws IOException {
        PdfReader pdf = new PdfReader(certificates.render(content(3)));

        assertThat(pdf.getInfo())
                .containsEntry("Title", "Pledge certificate – Anytown Building Supplies Ltd")
                .containsEntry("Author", "Anytown Council");
        assertThat(pdf.getCatalog().getAsString(PdfName.LANG)).hasToString("en-GB");
    }

    @Test
    void the_qr_code_holds_the_verification_url() throws Exception {
        assertThat(scan(QrCode.qrMatrix(URL))).isEqualTo(URL);
    }

    @Test
    void the_qr_code_printed_on_the_certificate_scans_as_the_verification_url() throws Exception {
        BitMatrix printed = qrCodeDrawnOn(certificates.render(content(6)));

        assertThat(printed).isEqualTo(QrCode.qrMatrix(URL));
        assertThat(scan(printed)).isEqualTo(URL);
    }

    @Test
    void certificates_rendered_at_the_same_time_do_not_mix_each_other_up() throws Exception {
        CertificateContent sample = content(1);
        List<CertificateContent> contents = IntStream.range(0, 40)
                .mapToObj(i -> new CertificateContent("Organisation " + i, List.of("Commitment " + i),
                        sample.issuedOn(), sample.validUntil(), "CODE-" + i, URL + "/" + i))
                .toList();

        List<Callable<byte[]>> renders = contents.stream().<Callable<byte[]>>map(c -> () -> certificates.render(c))
                .toList();
        List<Future<byte[]>> pdfs;
        try (var threads = Executors.newFixedThreadPool(4)) {
            pdfs = threads.invokeAll(renders);
        }

        for (int i = 0; i < contents.size(); i++) {
            byte[] pdf = pdfs.get(i).get();
            assertThat(textOf(pdf)).contains("Organisation " + i + "\n", "Commitment " + i, "CODE-" + i);
            assertThat(scan(qrCodeDrawnOn(pdf))).isEqualTo(URL + "/" + i);
        }
    }

    @Test
    void a_logo_that_is_not_a_png_is_refused_up_front() {
        Brand brand = brand();
        Brand withSvgLogo = new Brand(brand.folder(), brand.councilName(), brand.serviceName(), brand.signatoryName(),
                brand.signatoryTitle(), brand.emailFooter(), brand.stylesheet(), brand.logo(), brand.logoContentType(),
                "<svg/>".getBytes(), brand.primaryColour(), brand.privacyContact(), brand.privacyPurposes());

        assertThatIllegalArgumentException().isThrownBy(() -> new CertificatePdf(withSvgLogo));
    }

    private static String textOf(byte[] pdf) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    /** Rebuilds the modules from the rectangles in the page's form XObject, where the renderer draws the QR code. */
    private static BitMatrix qrCodeDrawnOn(byte[] pdf) throws IOException {
        List<PRStream> forms = xObjects(new PdfReader(pdf), PdfName.FORM);
        assertThat(forms).hasSize(1);
        return modules(forms.getFirst());
    }

    /** The page's XObjects of the given subtype: the logo and its soft mask are images, the QR code is a form. */
    private static List<PRStream> xObjects(PdfReader pdf, PdfName subtype) {
        PdfDictionary xObjects = pdf.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        return xObjects.getKeys().stream()
                .map(name -> (PRStream) PdfReader.getPdfObject(xObjects.get(name)))
                .filter(xObject -> subtype.equals(xObject.getAsName(PdfName.SUBTYPE)))
                .toList();
    }

    private static BitMatrix modules(PRStream form) throws IOException {
        int size = form.getAsArray(PdfName.BBOX).getAsNumber(2).intValue();
        var modules = new BitMatrix(size);
        var parser = new PdfContentParser(new PRTokeniser(PdfReader.getStreamBytes(form)));
        List<PdfObject> operation = new ArrayList<>();
        while (!parser.parse(operation).isEmpty()) {
            if (operation.getLast().toString().equals("re")) {
                int x = number(operation, 0);
                int y = number(operation, 1);
                modules.setRegion(x, size - 1 - y, number(operation, 2), 1);
            }
        }
        return modules;
    }

    private static int number(List<PdfObject> operation, int index) {
        return ((PdfNumber) operation.get(index)).intValue();
    }

    /** Decodes the modules the way a phone would see them: four pixels a module, inside a white quiet zone. */
    private static String scan(BitMatrix modules) throws Exception {
        int scale = 4;
        int quietZone = 4 * scale;
        int size = modules.getWidth() * scale + 2 * quietZone;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        for (int y = 0; y < size - 2 * quietZone; y++) {
            for (int x = 0; x < size - 2 * quietZone; x++) {
                if (modules.get(x / scale, y / scale)) {
                    pixels[(y + quietZone) * size + x + quietZone] = 0xFF000000;
                }
            }
        }
        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(image).getText();
    }
}
