package org.opendoors.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.opendoors.base.PageWindow;
import org.springframework.stereotype.Component;

/**
 * The opportunities board read from {@code board_entry} (V32), which triggers keep to the offers advisers may see, in
 * indexes in board order: only the filters that are set appear in the statement, so MariaDB picks the index for them; a
 * page's ids come from that index alone, then only those offers are joined to their type and organisation. One statement per page, two for a page deep in the list, one for the
 * count.
 */
@Component
class BoardQuery {

    private final JdbcClient jdbc;

    BoardQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BoardRow> page(BoardFilter f, long offset, int limit) {
        Where where = Where.of(f);
        PageWindow window = PageWindow.of(offset, limit, () -> count(where));
        return page(where, window.backwards() ? "desc" : "asc", window.offset(), window.limit());
    }

    long count(BoardFilter f) {
        return count(Where.of(f));
    }

    private long count(Where where) {
        return jdbc.sql("select count(*) from board_entry where " + where.sql()).params(where.params()).query(Long.class).single();
    }

    /** The board's rows with ids after {@code afterId} up to {@code upToId}, in id order: a window of the CSV export. */
    List<BoardRow> between(BoardFilter f, long afterId, long upToId) {
        Where where = Where.of(f);
        return rows("select offer_id, board_sort from board_entry where " + where.sql()
                + " and offer_id > :afterId and offer_id <= :upToId", "o.id", where.params())
                .param("afterId", afterId).param("upToId", upToId).query(BoardQuery::row).list();
    }

    private List<BoardRow> page(Where where, String direction, long offset, int limit) {
        return rows("select offer_id, board_sort from board_entry where %1$s order by board_sort %2$s, offer_id %2$s limit :limit offset :offset"
                .formatted(where.sql(), direction), "page.board_sort, page.offer_id", where.params())
                .param("limit", limit).param("offset", offset).query(BoardQuery::row).list();
    }

    /** The offers whose ids {@code entries} selects from {@code board_entry}, joined to their type and organisation. */
    private JdbcClient.StatementSpec rows(String entries, String order, Map<String, Object> params) {
        return jdbc.sql("""
                        select o.id, t.name as type, o.title, org.name as organisation, o.mode, o.timing, o.starts_on, o.sector,
                               o.area, o.places, o.ringfenced
                        from (%s) page
                        join offer o on o.id = page.offer_id
                        join offer_type t on t.id = o.offer_type_id
                        join organisation org on org.id = o.organisation_id
                        order by %s""".formatted(entries, order)).params(params);
    }

    private static BoardRow row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new BoardRow(rs.getLong("id"), rs.getString("type"), rs.getString("title"), rs.getString("organisation"),
                OfferMode.valueOf(rs.getString("mode")), OfferTiming.valueOf(rs.getString("timing")),
                rs.getObject("starts_on", LocalDate.class), rs.getString("sector"), rs.getString("area"), rs.getInt("places"),
                rs.getBoolean("ringfenced"));
    }

    /** The filters that are set, as conditions on columns of the board's indexes, with their values. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(BoardFilter f) {
            List<String> conditions = new ArrayList<>(List.of("true"));
            Map<String, Object> params = new HashMap<>();
            BiConsumer<String, Object> ifSet = (condition, value) -> {
                if (value != null) {
                    conditions.add(condition);
                    params.put(condition.substring(condition.indexOf(':') + 1), value);
                }
            };
            ifSet.accept("offer_type_id = :typeId", f.typeId());
            ifSet.accept("sector = :sector", f.sector());
            ifSet.accept("area = :area", f.area());
            ifSet.accept("mode = :mode", f.mode() == null ? null : f.mode().name());
            ifSet.accept("board_until >= :from", f.from());
            return new Where(String.join(" and ", conditions), params);
        }
    }
}
