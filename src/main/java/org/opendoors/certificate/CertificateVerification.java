package org.opendoors.certificate;

import java.time.LocalDate;
import java.util.List;

/** What the public verification page shows about a certificate code. */
public record CertificateVerification(CertificateStatus status, String organisation, LocalDate issuedOn,
                                      LocalDate validUntil, List<String> commitments) {
}
