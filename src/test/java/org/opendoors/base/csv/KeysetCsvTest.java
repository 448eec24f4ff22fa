package org.opendoors.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.audit.AuditRevision;
import org.springframework.beans.factory.annotation.Autowired;

class KeysetCsvTest extends SpringTest {

    record Row(long id, String name) {
    }

    @Autowired
    KeysetCsv keyset;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static final CsvColumns<Row> COLUMNS = CsvColumns.of(Row.class).add("Id", Row::id).add("Name", Row::name);

    @Test
    void windows_of_ids_cover_every_id_up_to_the_highest_once_and_rows_come_out_in_id_order() {
        List<Row> table = LongStream.rangeClosed(1, 2_501).map(i -> i * 3).mapToObj(id -> new Row(id, "row " + id)).toList();
        List<long[]> windows = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = keyset.write(out, COLUMNS, 7_503, (afterId, upToId) -> {
            windows.add(new long[] {afterId, upToId});
            return table.stream().filter(r -> r.id() > afterId && r.id() <= upToId).toList();
        }, 3_000);

        assertThat(written).isEqualTo(2_501);
        assertThat(windows).containsExactly(new long[] {0, 3_000}, new long[] {3_000, 6_000}, new long[] {6_000, 7_503});
        assertThat(CsvRecords.read(out.toByteArray())).extracting(r -> Long.parseLong(r.get("Id")))
                .containsExactlyElementsOf(table.stream().map(Row::id).toList());
    }

    @Test
    void the_windows_reach_the_highest_id_of_the_table_the_rows_are_keyed_by() {
        List<Long> upTo = new ArrayList<>();
        keyset.write(new ByteArrayOutputStream(), COLUMNS, AuditRevision.class, (afterId, upToId) -> {
            upTo.add(upToId);
            return List.of(new Row(upToId, "=cmd"));
        });
        assertThat(upTo.getLast()).isEqualTo(jdbc.queryForObject("select max(id) from audit_revision", Long.class));
    }

    @Test
    void an_empty_table_gives_the_header_only() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(keyset.write(out, COLUMNS, 0, (afterId, upToId) -> List.of(new Row(1, "never asked")), 10)).isZero();
        assertThat(CsvRecords.read(out.toByteArray())).isEmpty();
    }
}
