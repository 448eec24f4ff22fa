package org.opendoors.pledge;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendoors.base.PageWindow;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pledge wall: organisations with a pledge in force that agreed to appear, filtered by sector
 * and area. Open to anyone; shows nothing an organisation did not consent to. Read from {@code wall_entry} (V37), one
 * row per pledge on the wall kept by triggers, so a page is a range of one of its indexes at any depth.
 */
@Service
public class PledgeWallService {

    /**
     * The open-data file's columns: stable names that machines read, so unlike the staff lists' headers they stay as
     * they are, and no byte order mark comes before them.
     */
    private static final CsvColumns<WallEntry> OPEN_DATA = CsvColumns.of(WallEntry.class)
            .add("organisation", WallEntry::organisation)
            .add("sector", WallEntry::sector)
            .add("area", WallEntry::area)
            .add("pledged_on", WallEntry::pledgedOn)
            .add("opportunities_per_year", WallEntry::opportunities)
            .add("commitments", e -> String.join("; ", e.commitments()))
            .withoutByteOrderMark();

    /** The pledges {@code {entries}} selects from the wall, each with its commitments (a row each), in {@code {order}}. */
    private static final String ROWS = """
            select w.pledge_id, w.name, w.sector, w.area, p.approved_on, c.title, c.quantity_unit, pc.yearly_quantity
            from ({entries}) w
            join pledge p on p.id = w.pledge_id
            left join pledge_commitment pc on pc.pledge_id = p.id
            left join commitment c on c.id = pc.commitment_id
            order by {order}, c.sort_order, pc.id""";

    private final JdbcClient jdbc;
    private final KeysetCsv keyset;

    PledgeWallService(JdbcClient jdbc, KeysetCsv keyset) {
        this.jdbc = jdbc;
        this.keyset = keyset;
    }

    /** A page of the wall, alphabetical, in one statement (two for a page deep in the wall, which counts first). */
    @Transactional(readOnly = true)
    public List<WallEntry> entries(String sector, String area, int offset, int limit) {
        Where where = Where.of(sector, area);
        PageWindow window = PageWindow.of(offset, limit, () -> count(where));
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", window.limit());
        params.put("offset", window.offset());
        return rows("select pledge_id, name, sector, area from wall_entry where %s order by name %s, pledge_id %2$s limit :limit offset :offset"
                .formatted(where.sql(), window.backwards() ? "desc" : "asc"), "w.name, w.pledge_id", params);
    }

    /** The wall as filtered, as the open-data CSV, streamed in the order pledges were made. */
    @Transactional(readOnly = true)
    public void csv(String sector, String area, OutputStream out) {
        Where where = Where.of(sector, area);
        keyset.write(out, OPEN_DATA, Pledge.class, (afterId, upToId) -> {
            Map<String, Object> params = new HashMap<>(where.params());
            params.put("afterId", afterId);
            params.put("upToId", upToId);
            return rows("select pledge_id, name, sector, area from wall_entry where %s and pledge_id > :afterId and pledge_id <= :upToId"
                    .formatted(where.sql()), "w.pledge_id", params);
        });
    }

    @Transactional(readOnly = true)
    public WallTotals totals(String sector, String area) {
        Where where = Where.of(sector, area);
        return jdbc.sql("""
                        select count(distinct wall_entry.organisation_id), coalesce(sum(coalesce(pc.yearly_quantity, 1)), 0)
                        from wall_entry join pledge_commitment pc on pc.pledge_id = wall_entry.pledge_id""" + " where " + where.sql())
                .params(where.params())
                .query((rs, n) -> new WallTotals(rs.getLong(1), rs.getLong(2))).single();
    }

    @Transactional(readOnly = true)
    public long count(String sector, String area) {
        return count(Where.of(sector, area));
    }

    private long count(Where where) {
        return jdbc.sql("select count(*) from wall_entry where " + where.sql()).params(where.params()).query(Long.class).single();
    }

    private List<WallEntry> rows(String entries, String order, Map<String, Object> params) {
        Map<Long, OnTheWall> byPledge = new LinkedHashMap<>();
        jdbc.sql(ROWS.replace("{entries}", entries).replace("{order}", order)).params(params).query(rs -> {
            OnTheWall pledge = byPledge.get(rs.getLong("pledge_id"));
            if (pledge == null) {
                pledge = new OnTheWall(rs.getString("name"), rs.getString("sector"), rs.getString("area"),
                        rs.getObject("approved_on", LocalDate.class));
                byPledge.put(rs.getLong("pledge_id"), pledge);
            }
            if (rs.getString("title") != null) {
                pledge.add(rs.getString("title"), rs.getString("quantity_unit"), rs.getObject("yearly_quantity", Integer.class));
            }
        });
        return byPledge.values().stream().map(OnTheWall::entry).toList();
    }

    /** A pledge's row on the wall while its commitments are read. */
    private static final class OnTheWall {

        private final String organisation;
        private final String sector;
        private final String area;
        private final LocalDate pledgedOn;
        private final List<String> commitments = new ArrayList<>();
        private int opportunities;

        OnTheWall(String organisation, String sector, String area, LocalDate pledgedOn) {
            this.organisation = organisation;
            this.sector = sector;
            this.area = area;
            this.pledgedOn = pledgedOn;
        }

        /** A commitment without a number counts as one opportunity. */
        void add(String title, String quantityUnit, Integer yearlyQuantity) {
            commitments.add(PledgeCommitment.describe(title, quantityUnit, yearlyQuantity));
            opportunities += yearlyQuantity == null ? 1 : yearlyQuantity;
        }

        WallEntry entry() {
            return new WallEntry(organisation, sector, area, pledgedOn, List.copyOf(commitments), opportunities);
        }
    }

    /**
     * The sector and area filters, when set, as conditions on {@code wall_entry} columns its indexes hold; and of two
     * pledges in force of one organisation (two merged records may each have had one), only its latest.
     */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(String sector, String area) {
            List<String> conditions = new ArrayList<>(List.of("not exists (select 1 from wall_entry later"
                    + " where later.organisation_id = wall_entry.organisation_id and later.pledge_id > wall_entry.pledge_id)"));
            Map<String, Object> params = new HashMap<>();
            if (sector != null && !sector.isBlank()) {
                conditions.add("sector = :sector");
                params.put("sector", sector);
            }
            if (area != null && !area.isBlank()) {
                conditions.add("area = :area");
                params.put("area", area);
            }
            return new Where(String.join(" and ", conditions), params);
        }
    }
}
