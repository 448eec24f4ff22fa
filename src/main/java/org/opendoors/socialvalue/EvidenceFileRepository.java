package org.opendoors.socialvalue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

    /** The list, without the files' bytes. */
    @Query("select new org.opendoors.socialvalue.EvidenceSummary(e.id, e.filename, e.contentType, e.sizeBytes) from EvidenceFile e where e.returnId = :returnId order by e.id")
    List<EvidenceSummary> summaries(long returnId);
}
