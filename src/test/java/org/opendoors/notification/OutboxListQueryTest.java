package org.opendoors.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestMailServer;
import org.opendoors.base.SystemTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/** Reading the outbox page after page by seeking past the last row read gives the rows that skipping rows gives. */
class OutboxListQueryTest extends SpringTest {

    @Autowired
    OutboxService outbox;

    @Autowired
    MailOutbox mail;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void every_order_and_filter_reads_the_same_rows_by_seeking_as_by_skipping() {
        TestMailServer.stop(); // nothing is sent meanwhile, so no e-mail changes status between pages
        try {
            readsTheSameRows();
        } finally {
            TestMailServer.restart();
        }
    }

    private void readsTheSameRows() {
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < 7; i++) {
                mail.queue("seek" + (i % 3) + "@outbox.example", "Seek " + i, "Body " + i);
            }
        });
        for (Sort sort : List.of(Sort.unsorted(), Sort.by("createdAt"), Sort.by(Sort.Direction.DESC, "createdAt"),
                Sort.by("recipient"), Sort.by(Sort.Direction.DESC, "recipient"), Sort.by("status"))) {
            for (OutboundEmailStatus status : new OutboundEmailStatus[] {null, OutboundEmailStatus.PENDING}) {
                List<Long> skipping = ids(SystemTask.run(() -> outbox.list(status, sort, null, 0, 10_000)));
                List<Long> seeking = new ArrayList<>();
                List<OutboundEmail> page = SystemTask.run(() -> outbox.list(status, sort, null, 0, 3));
                while (!page.isEmpty()) {
                    seeking.addAll(ids(page));
                    OutboundEmail last = page.getLast();
                    page = SystemTask.run(() -> outbox.list(status, sort, last, 0, 3));
                }
                assertThat(skipping).as("%s, %s", sort, status).hasSizeGreaterThanOrEqualTo(status == null ? 7 : 0);
                assertThat(seeking).as("%s, %s", sort, status).isEqualTo(skipping);
                assertThat(ids(SystemTask.run(() -> outbox.list(status, sort, null, 2, 3))))
                        .isEqualTo(skipping.subList(Math.min(2, skipping.size()), Math.min(5, skipping.size())));
            }
        }
    }

    private static List<Long> ids(List<OutboundEmail> emails) {
        return emails.stream().map(OutboundEmail::getId).toList();
    }
}
