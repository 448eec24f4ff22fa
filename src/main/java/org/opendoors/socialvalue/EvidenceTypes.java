package org.opendoors.socialvalue;

import java.util.Optional;
import org.opendoors.base.FieldValidationException;

/**
 * Which evidence files are accepted, judged by their first bytes (the file's signature), never by the name a
 * user gave it: PDF, JPEG and PNG, up to {@link #MAX_BYTES}.
 */
public final class EvidenceTypes {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private EvidenceTypes() {
    }

    /** The real content type, or a refusal that says what is accepted. */
    public static String check(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new FieldValidationException("evidence", filename + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new FieldValidationException("evidence", filename + " is larger than 5 MB: make it smaller or split it");
        }
        return detect(content).orElseThrow(() -> new FieldValidationException("evidence",
                filename + " is not a PDF, JPEG or PNG file. Upload evidence as PDF, JPEG or PNG"));
    }

    static Optional<String> detect(byte[] c) {
        if (starts(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (starts(c, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
