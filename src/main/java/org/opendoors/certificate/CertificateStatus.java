package org.opendoors.certificate;

public enum CertificateStatus {
    VALID, REVOKED, EXPIRED
}
