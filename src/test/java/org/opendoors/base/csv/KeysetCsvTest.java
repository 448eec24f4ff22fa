package org.opendoors.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.springframework.beans.factory.annotation.Autowired;

class KeysetCsvTest extends SpringTest {

    record Row(long id, String name) {
    }

    @Autowired
    KeysetCsv keyset;

    private static final CsvColumns<Row> COLUMNS = CsvColumns.of(Row.class).add("Id", Row::id).add("Name", Row::name);

    @Test
    void each_page_starts_after_the_last_id_written_and_every_row_is_written_once_in_order() {
        List<Row> table = LongStream.rangeClosed(1, 2_501).map(i -> i * 3).mapToObj(id -> new Row(id, "row " + id)).toList();
        List<Long> askedAfter = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = keyset.write(out, COLUMNS, Row::id, (lastId, limit) -> {
            askedAfter.add(lastId);
            return table.stream().filter(r -> r.id() > lastId).limit(limit.max()).toList();
        }, 1000);

        assertThat(written).isEqualTo(2_501);
        assertThat(askedAfter).containsExactly(0L, 3_000L, 6_000L);
        var records = CsvRecords.read(out.toByteArray());
        assertThat(records).extracting(r -> Long.parseLong(r.get("Id"))).containsExactlyElementsOf(table.stream().map(Row::id).toList());
    }

    @Test
    void an_exact_multiple_of_the_page_size_asks_once_more_and_stops_on_the_empty_page() {
        List<Row> table = LongStream.rangeClosed(1, 4).mapToObj(id -> new Row(id, "=cmd" + id)).toList();
        List<Long> askedAfter = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        keyset.write(out, COLUMNS, Row::id, (lastId, limit) -> {
            askedAfter.add(lastId);
            return table.stream().filter(r -> r.id() > lastId).limit(limit.max()).toList();
        }, 2);

        assertThat(askedAfter).containsExactly(0L, 2L, 4L);
        assertThat(CsvRecords.read(out.toByteArray())).extracting(r -> r.get("Name")).containsExactly("'=cmd1", "'=cmd2", "'=cmd3", "'=cmd4");
    }
}
