package org.opendoors.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByOrganisationIdOrderByName(long organisationId);

    boolean existsByOrganisationIdAndEmail(long organisationId, String email);
}
