package org.opendoors.certificate;

/** A new certificate exists for a pledge ({@code renewal} when it replaces last year's). */
public record CertificateIssued(long certificateId, long pledgeId, long organisationId, boolean renewal) {
}
