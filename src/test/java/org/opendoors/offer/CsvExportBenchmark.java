package org.opendoors.offer;

import java.io.OutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendoors.HeapGrowth;
import org.opendoors.SpringTest;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how long the opportunities board's CSV takes with 1,000,000 matching offers (-Dbenchmark.offers= to change),
 * the time per 1,000 rows at the start and at the end, which keyset paging keeps level, and how much the live heap
 * grows while it streams (target: under 50 MB). Not a timed test:
 * {@code ./mvnw test -Dtest=CsvExportBenchmark -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class CsvExportBenchmark extends SpringTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OfferExport export;

    @Autowired
    TestUsers users;

    @Test
    void the_board_csv_at_scale() {
        int offers = Integer.getInteger("benchmark.offers", 1_000_000);
        String sector = "Csv benchmark " + System.nanoTime();
        long start = System.nanoTime();
        jdbc.update("insert into organisation (version, name, sector, area, status, organisation_type, created_at, vetted_at) "
                + "values (0, ?, ?, 'Central', 'ENGAGED', 'BUSINESS', now(), now())", sector, sector);
        Long organisationId = jdbc.queryForObject("select max(id) from organisation", Long.class);
        jdbc.update("insert into offer (version, organisation_id, offer_type_id, title, mode, timing, places, sector, area, "
                + "ringfenced, status, created_at) select 0, ?, 1 + seq % 17, concat('Benchmark opportunity ', seq), 'IN_PERSON', "
                + "'ON_REQUEST', 1, ?, 'Central', false, 'OPEN', now() from seq_1_to_" + offers, organisationId, sector);
        System.out.printf("Seeded %,d offers in %.1f s%n", offers, (System.nanoTime() - start) / 1e9);

        RowClock clock = new RowClock();
        String adviser = users.create(Role.ADVISER);
        long t0;
        HeapGrowth heap = HeapGrowth.watch();
        try (heap) {
            t0 = System.nanoTime();
            users.runAs(adviser, () -> {
                export.board(new BoardFilter(null, sector, null, null, null), clock);
                return null;
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("board CSV: %,d rows, %,d bytes in %.1f s (%,.0f rows/s); first 1,000 rows %.1f ms, last 1,000 rows %.1f ms; %s%n",
                clock.rows - 1, clock.bytes, seconds, (clock.rows - 1) / seconds, clock.firstThousandMs(), clock.lastThousandMs(),
                heap.summary());
    }

    /** Counts bytes and lines as they arrive, noting when the 1,001st line (header plus 1,000 rows) and each later thousandth arrive. */
    private static final class RowClock extends OutputStream {
        long bytes;
        long rows;
        final long started = System.nanoTime();
        long firstThousandAt;
        long previousThousandAt;
        long lastThousandAt;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n' && ++rows % 1000 == 1 && rows > 1) {
                long now = System.nanoTime();
                if (firstThousandAt == 0) {
                    firstThousandAt = now;
                }
                previousThousandAt = lastThousandAt == 0 ? started : lastThousandAt;
                lastThousandAt = now;
            }
        }

        double firstThousandMs() {
            return (firstThousandAt - started) / 1e6;
        }

        double lastThousandMs() {
            return (lastThousandAt - previousThousandAt) / 1e6;
        }
    }
}
