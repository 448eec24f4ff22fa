package org.opendoors.certificate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads a certificate PDF. Sign-in is required; the service refuses other organisations' certificates. */
@RestController
class CertificateController {

    private final CertificateService certificates;

    CertificateController(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/certificates/{id}.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return pdf(certificates.pdf(id));
    }

    /** The newest certificate of a pledge: the link the pledge page shows. */
    @GetMapping("/certificates/pledge/{pledgeId}.pdf")
    ResponseEntity<byte[]> latestOfPledge(@PathVariable long pledgeId) {
        return certificates.latestFor(pledgeId)
                .map(certificate -> pdf(certificates.pdf(certificate.getId())))
                .orElse(ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> pdf(byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("open-doors-pledge-certificate.pdf").build().toString())
                .body(content);
    }
}
