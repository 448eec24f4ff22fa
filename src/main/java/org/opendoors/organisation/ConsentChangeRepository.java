package org.opendoors.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentChangeRepository extends JpaRepository<ConsentChange, Long> {

    /** Newest first. */
    List<ConsentChange> findByOrganisationIdOrderByChangedAtDescIdDesc(long organisationId);
}
