package org.opendoors.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestEmployers;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The pledges to approve read a page's ids from an index first: still every submitted pledge, oldest first. */
class ApprovalQueueOrderTest extends SpringTest {

    @Autowired
    PledgeService pledges;

    @Autowired
    TestEmployers employers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pages_of_pledges_to_approve_follow_submission_then_id() {
        for (int i = 0; i < 3; i++) {
            employers.submittedPledge(employers.register(false).organisationId(), 1);
        }
        List<Long> submitted = jdbc.queryForList("select id from pledge where status = 'SUBMITTED' order by submitted_at, id", Long.class);

        assertThat(submitted).hasSizeGreaterThanOrEqualTo(3);
        assertThat(SystemTask.run(() -> pledges.awaitingApproval(PageRequest.of(0, 10_000)))).extracting(Pledge::getId)
                .containsExactlyElementsOf(submitted);
        assertThat(SystemTask.run(() -> pledges.awaitingApproval(PageRequest.of(1, 2)))).extracting(Pledge::getId)
                .containsExactlyElementsOf(submitted.subList(2, Math.min(4, submitted.size())));
    }
}
