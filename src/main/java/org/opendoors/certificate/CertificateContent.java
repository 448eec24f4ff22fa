package org.opendoors.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * What one pledge certificate says.
 *
 * @param organisationName the organisation that made the pledge
 * @param commitments      ready-made lines, e.g. "Offering paid work experience placements – 4 a year"
 * @param issuedOn         the day the certificate was issued
 * @param validUntil       the last day the pledge counts
 * @param verificationCode the short code printed under the QR code
 * @param verificationUrl  the public page that confirms the certificate is genuine; the QR code encodes it
 */
public record CertificateContent(String organisationName, List<String> commitments, LocalDate issuedOn,
                                 LocalDate validUntil, String verificationCode, String verificationUrl) {

    public CertificateContent {
        commitments = List.copyOf(commitments);
    }
}
