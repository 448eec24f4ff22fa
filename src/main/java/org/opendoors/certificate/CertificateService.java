package org.opendoors.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.opendoors.base.PublicLinks;
import org.opendoors.base.SystemTask;
import org.opendoors.base.brand.Brand;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.organisation.OrganisationService;
import org.opendoors.pledge.Pledge;
import org.opendoors.pledge.PledgeApproved;
import org.opendoors.pledge.PledgeCommitment;
import org.opendoors.pledge.PledgeEnded;
import org.opendoors.pledge.PledgeRenewed;
import org.opendoors.pledge.PledgeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a certificate when a pledge is approved or renewed (in the same transaction), revokes it when the
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

    @EventListener
    public void on(PledgeApproved approved) {
        issue(approved.pledgeId(), approved.organisationId(), false);
    }

    @EventListener
    public void on(PledgeRenewed renewed) {
        issue(renewed.pledgeId(), renewed.organisationId(), true);
    }

    @EventListener
    public void on(PledgeEnded ended) {
        certificates.findByPledgeIdAndRevokedAtIsNull(ended.pledgeId()).forEach(c -> c.revoke(clock.instant()));
    }

    /** Certificates follow their pledges when two organisation records are merged. */
    @EventListener
    public void on(org.opendoors.organisation.OrganisationsMerged merged) {
        certificates.findByOrganisationId(merged.fromId()).forEach(c -> c.moveTo(merged.intoId()));
    }

    private void issue(long pledgeId, long organisationId, boolean renewal) {
        certificates.findByPledgeIdAndRevokedAtIsNull(pledgeId).forEach(c -> c.revoke(clock.instant()));
        Pledge pledge = pledges.find(pledgeId);
        Certificate certificate = certificates.save(new Certificate(pledgeId, organisationId, newCode(),
                LocalDate.now(clock), pledge.getRenewalDueOn()));
        events.publishEvent(new CertificateIssued(certificate.getId(), pledgeId, organisationId, renewal));
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
        Pledge pledge = pledges.find(certificate.getPledgeId());
        String organisation = organisations.find(certificate.getOrganisationId()).orElseThrow().getName();
        return pdf.render(new CertificateContent(organisation,
                pledge.getCommitments().stream().map(PledgeCommitment::describe).toList(),
                certificate.getIssuedOn(), certificate.getValidUntil(), certificate.getCode(), verificationUrl(certificate.getCode())));
    }

    /** Anyone may check a code: the answer shows only what the certificate itself shows. */
    @Transactional(readOnly = true)
    public Optional<CertificateVerification> verify(String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return certificates.findByCode(normalised).map(certificate -> SystemTask.run(() -> {
            Pledge pledge = pledges.find(certificate.getPledgeId());
            return new CertificateVerification(certificate.statusOn(LocalDate.now(clock)),
                    organisations.find(certificate.getOrganisationId()).orElseThrow().getName(),
                    certificate.getIssuedOn(), certificate.getValidUntil(),
                    pledge.getCommitments().stream().map(PledgeCommitment::describe).toList());
        }));
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
