package org.opendoors.pledge;

import java.io.OutputStream;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pledges waiting for approval as CSV, streamed, for the engagement team. */
@Service
public class PledgeExport {

    static final CsvColumns<Pledge> AWAITING_APPROVAL = CsvColumns.of(Pledge.class)
            .add("Reference", Pledge::reference)
            .add("Submitted at", Pledge::getSubmittedAt)
            .add("Starts on", Pledge::getStartDate);

    private final PledgeRepository pledges;
    private final KeysetCsv keyset;

    PledgeExport(PledgeRepository pledges, KeysetCsv keyset) {
        this.pledges = pledges;
        this.keyset = keyset;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void awaitingApproval(OutputStream out) {
        keyset.write(out, AWAITING_APPROVAL, Pledge.class,
                (afterId, upToId) -> pledges.findByStatusAndIdBetweenOrderById(PledgeStatus.SUBMITTED, afterId + 1, upToId));
    }
}
