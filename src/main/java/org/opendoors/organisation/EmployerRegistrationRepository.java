package org.opendoors.organisation;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface EmployerRegistrationRepository extends JpaRepository<EmployerRegistration, Long> {

    /** Locked, so two clicks on the same link cannot both create the organisation. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EmployerRegistration> findByTokenHash(String tokenHash);

    /** Unlocked, to show what a link would register. */
    Optional<EmployerRegistration> readByTokenHash(String tokenHash);

    boolean existsByReference(String reference);

    List<EmployerRegistration> findByOrganisationId(long organisationId);
}
