package org.opendoors.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConsentChangeRepository extends JpaRepository<ConsentChange, Long> {

    /** Newest first. */
    List<ConsentChange> findByOrganisationIdOrderByChangedAtDescIdDesc(long organisationId);

    /** The history is only ever added to, so it is not audited and moves in one statement. */
    @Modifying
    @Query("update ConsentChange c set c.organisationId = :intoId where c.organisationId = :fromId")
    int moveAll(long fromId, long intoId);
}
