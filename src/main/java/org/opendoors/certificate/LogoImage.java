package org.opendoors.certificate;

import org.openpdf.text.Image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Turns the brand's PNG logo into an OpenPDF {@link Image} that costs next to nothing to add to each PDF.
 * <p>
 * OpenPDF 3 decodes PNGs with ImageIO into raw, uncompressed pixels (plus a separate soft mask for the alpha
 * channel) and would deflate them again for every document that shows them: about three quarters of the time
 * a certificate takes. Deflating them once here and marking them as such lets every PDF copy the bytes as they are.
 */
final class LogoImage {

    private LogoImage() {
    }

    /** @throws IllegalArgumentException if {@code png} is not an image OpenPDF can read */
    static Image decode(byte[] png) {
        try {
            return deflatedOnce(Image.getInstance(png));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("The brand's certificate logo is not a readable PNG", e);
        }
    }

    private static Image deflatedOnce(Image decoded) {
        if (!decoded.isImgRaw() || decoded.isDeflated()) {
            return decoded;
        }
        Image deflated = Image.getInstance((int) decoded.getWidth(), (int) decoded.getHeight(),
                decoded.getColorspace(), decoded.getBpc(), deflate(decoded.getRawData()), decoded.getTransparency());
        deflated.setDeflated(true);
        deflated.setAdditional(decoded.getAdditional());
        if (decoded.isMask()) {
            deflated.makeMask();
        }
        if (decoded.getImageMask() != null) {
            deflated.setImageMask(deflatedOnce(decoded.getImageMask()));
        }
        return deflated;
    }

    private static byte[] deflate(byte[] pixels) {
        var deflated = new ByteArrayOutputStream(pixels.length / 4);
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (var out = new DeflaterOutputStream(deflated, deflater)) {
            out.write(pixels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return deflated.toByteArray();
    }
}
