package org.opendoors.certificate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads a certificate PDF back as text, the way a test should check a PDF. */
public final class CertificatePdfText {

    private static final Pattern CODE = Pattern.compile("\\b([A-Z2-9]{5}-[A-Z2-9]{5})\\b");

    private CertificatePdfText() {
    }

    public static String of(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    public static String verificationCode(String text) {
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No verification code in the certificate text: " + text);
        }
        return matcher.group(1);
    }
}
