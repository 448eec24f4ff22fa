package org.opendoors.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    List<Certificate> findByPledgeIdAndRevokedAtIsNull(long pledgeId);

    Optional<Certificate> findFirstByPledgeIdOrderByIdDesc(long pledgeId);

    boolean existsByCode(String code);

    List<Certificate> findByOrganisationId(long organisationId);
}
