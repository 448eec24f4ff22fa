package org.opendoors.organisation;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Page<Organisation> findByNameStartingWith(String prefix, Pageable pageable);

    Optional<Organisation> findByName(String name);
}
