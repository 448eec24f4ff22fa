package org.opendoors.privacy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReferenceFormatRepository extends JpaRepository<CaseReferenceFormat, Long> {

    Optional<CaseReferenceFormat> findFirstByOrderByIdAsc();
}
