package org.opendoors.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

interface EmployerRegistrationRepository extends JpaRepository<EmployerRegistration, Long> {

    /** Locked, so two clicks on the same link cannot both create the organisation. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EmployerRegistration> findByTokenHash(String tokenHash);

    boolean existsByReference(String reference);
}
