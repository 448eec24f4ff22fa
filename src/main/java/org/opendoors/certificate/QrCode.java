package org.opendoors.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes for certificates, drawn as vector squares so they stay sharp at any zoom or print size. */
final class QrCode {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.MARGIN, 0);

    private QrCode() {
    }

    /** The modules of the QR code for {@code url}: one bit per module, without a quiet zone. */
    static BitMatrix qrMatrix(String url) {
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + url, e);
        }
    }

    /**
     * A form XObject holding the QR code for {@code url}, one unit per module, so the caller scales it to size.
     * Each row's runs of dark modules become one rectangle, which keeps the content stream small.
     */
    static PdfTemplate template(PdfContentByte canvas, String url) {
        BitMatrix modules = qrMatrix(url);
        PdfTemplate template = canvas.createTemplate(modules.getWidth(), modules.getHeight());
        template.setColorFill(Color.BLACK);
        for (int row = 0; row < modules.getHeight(); row++) {
            addDarkRuns(template, modules, row);
        }
        template.fill();
        return template;
    }

    private static void addDarkRuns(PdfTemplate template, BitMatrix modules, int row) {
        float y = modules.getHeight() - 1 - row;
        int column = 0;
        while (column < modules.getWidth()) {
            if (!modules.get(column, row)) {
                column++;
                continue;
            }
            int start = column;
            while (column < modules.getWidth() && modules.get(column, row)) {
                column++;
            }
            template.rectangle(start, y, column - start, 1);
        }
    }
}
