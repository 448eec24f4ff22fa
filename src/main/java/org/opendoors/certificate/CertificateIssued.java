package org.opendoors.certificate;

/**
 * A new certificate exists for a pledge ({@code renewal} when it replaces last year's); {@code pdf} is the
 * certificate itself, drawn once when it was issued.
 */
public record CertificateIssued(long certificateId, long pledgeId, long organisationId, boolean renewal, byte[] pdf) {
}
