package org.opendoors.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendoors.base.PublicLinks;
import org.opendoors.base.brand.Brand;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.pledge.PledgeApproved;
import org.opendoors.pledge.PledgeEnded;
import org.opendoors.pledge.PledgeRenewed;
import org.opendoors.pledge.PledgeTerms;
import org.opendoors.pledge.PledgeService;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a certificate when a pledge is approved or renewed (after that has committed), revokes it when the
 * pledge is withdrawn or lapses, draws its PDF, and answers the public "is this certificate real?".
 */
@Service
public class CertificateService {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CertificateRepository certificates;
    private final PledgeService pledges;
    private final OrganisationService organisations;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final CertificatePdf pdf;
    private final Clock clock;
    private final PublicLinks links;
    private final SecureRandom random = new SecureRandom();

    CertificateService(CertificateRepository certificates, PledgeService pledges, OrganisationService organisations,
                       OrganisationAccess access, ApplicationEventPublisher events, Brand brand, Clock clock, PublicLinks links) {
        this.certificates = certificates;
        this.pledges = pledges;
        this.organisations = organisations;
        this.access = access;
        this.events = events;
        this.pdf = new CertificatePdf(brand);
        this.clock = clock;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(PledgeApproved approved) {
        issue(approved.pledgeId(), approved.organisationId(), approved.terms(), false);
    }

    @ApplicationModuleListener
    void on(PledgeRenewed renewed) {
        issue(renewed.pledgeId(), renewed.organisationId(), renewed.terms(), true);
    }

    @ApplicationModuleListener
    void on(PledgeEnded ended) {
        certificates.findByPledgeIdAndRevokedAtIsNull(ended.pledgeId()).forEach(c -> c.revoke(clock.instant()));
    }

    /** Certificates follow their pledges when two organisation records are merged. */
    @EventListener
    public void on(org.opendoors.organisation.OrganisationsMerged merged) {
        certificates.findByOrganisationId(merged.fromId()).forEach(c -> c.moveTo(merged.intoId()));
    }

    /**
     * Runs after the approval (or renewal) has committed, in its own transaction: the PDF is drawn here, once, and
     * travels in the event, so the approver never waits for it and the e-mail needs nothing more from this module.
     */
    private void issue(long pledgeId, long organisationId, PledgeTerms terms, boolean renewal) {
        certificates.findByPledgeIdAndRevokedAtIsNull(pledgeId).forEach(c -> c.revoke(clock.instant()));
        Certificate certificate = certificates.save(new Certificate(pledgeId, organisationId, terms.organisationName(),
                newCode(), LocalDate.now(clock), terms.validUntil()));
        byte[] document = pdf.render(contentOf(certificate, terms.commitments()));
        events.publishEvent(new CertificateIssued(certificate.getId(), pledgeId, organisationId, renewal, document));
    }

    /** The newest certificate of a pledge, if the signed-in user may see the pledge. */
    @Transactional(readOnly = true)
    public Optional<Certificate> latestFor(long pledgeId) {
        Optional<Certificate> latest = certificates.findFirstByPledgeIdOrderByIdDesc(pledgeId);
        latest.ifPresent(c -> access.checkCanUse(c.getOrganisationId()));
        return latest;
    }

    /** The certificate as a PDF, for its own organisation or the council's staff only. */
    @Transactional(readOnly = true)
    public byte[] pdf(long certificateId) {
        Certificate certificate = certificates.findById(certificateId).orElseThrow();
        access.checkCanUse(certificate.getOrganisationId());
        return pdf.render(contentOf(certificate, pledges.commitmentsOnCertificate(certificate.getPledgeId())));
    }

    private CertificateContent contentOf(Certificate certificate, List<String> commitments) {
        return new CertificateContent(certificate.getOrganisationName(), commitments, certificate.getIssuedOn(),
                certificate.getValidUntil(), certificate.getCode(), verificationUrl(certificate.getCode()));
    }

    /** Anyone may check a code: the answer shows only what the certificate itself shows. */
    @Transactional(readOnly = true)
    public Optional<CertificateVerification> verify(String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return certificates.findByCode(normalised).map(certificate -> new CertificateVerification(
                certificate.statusOn(LocalDate.now(clock)), certificate.getOrganisationName(), certificate.getIssuedOn(),
                certificate.getValidUntil(), pledges.commitmentsOnCertificate(certificate.getPledgeId())));
    }

    /** A valid certificate whose organisation has been renamed since it was issued: what the engagement team sees. */
    public record RenamedSinceIssue(String code, String nameOnCertificate, String currentName) {
    }

    /** The organisation's valid certificates that show a name it no longer has. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<RenamedSinceIssue> renamedSinceIssue(long organisationId) {
        String current = organisations.find(organisationId).map(o -> o.getName()).orElse("");
        LocalDate today = LocalDate.now(clock);
        return certificates.findByOrganisationId(organisationId).stream()
                .filter(c -> c.statusOn(today) == CertificateStatus.VALID && !c.getOrganisationName().equals(current))
                .map(c -> new RenamedSinceIssue(c.getCode(), c.getOrganisationName(), current))
                .toList();
    }

    public String verificationUrl(String code) {
        return links.url("verify/" + code);
    }

    /** Ten characters from 32 unambiguous ones (50 bits), shown as XXXXX-XXXXX. */
    private String newCode() {
        String code;
        do {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                if (i == 5) {
                    sb.append('-');
                }
                sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            code = sb.toString();
        } while (certificates.existsByCode(code));
        return code;
    }
}
