package org.opendoors.pledge;

import java.time.Instant;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts of pledges for other modules' figures. */
@Service
public class PledgeCounts {

    private final PledgeRepository pledges;

    PledgeCounts(PledgeRepository pledges) {
        this.pledges = pledges;
    }

    /** Pledges submitted from {@code from} until before {@code to} by any of these organisations. */
    @Transactional(readOnly = true)
    public long submittedBy(Collection<Long> organisationIds, Instant from, Instant to) {
        return organisationIds.isEmpty() ? 0
                : pledges.countByOrganisationIdInAndSubmittedAtGreaterThanEqualAndSubmittedAtLessThan(organisationIds, from, to);
    }
}
