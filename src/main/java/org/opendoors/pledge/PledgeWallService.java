package org.opendoors.pledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.OutputStream;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pledge wall: organisations with a pledge in force that agreed to appear, filtered by sector
 * and area. Open to anyone; shows nothing an organisation did not consent to.
 */
@Service
public class PledgeWallService {

    private static final String ON_THE_WALL = """
            from Pledge p, Organisation o
            where p.organisationId = o.id
              and p.status in (org.opendoors.pledge.PledgeStatus.APPROVED, org.opendoors.pledge.PledgeStatus.RENEWED)
              and o.wallConsent = true and o.mergedInto is null
              and (:sector is null or o.sector = :sector)
              and (:area is null or o.area = :area)""";

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

    private static final String SELECT = "select p.id, o.name, o.sector, o.area, p.approvedOn ";

    private final EntityManager entityManager;
    private final KeysetCsv keyset;

    PledgeWallService(EntityManager entityManager, KeysetCsv keyset) {
        this.entityManager = entityManager;
        this.keyset = keyset;
    }

    /** A page of the wall, alphabetical: one query for the organisations, one for their commitments. */
    @Transactional(readOnly = true)
    public List<WallEntry> entries(String sector, String area, int offset, int limit) {
        TypedQuery<Object[]> query = entityManager.createQuery(SELECT + ON_THE_WALL + " order by o.name, p.id", Object[].class);
        return withCommitments(filtered(query, sector, area).setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /** The wall as filtered, as the open-data CSV, streamed in the order pledges were made. */
    @Transactional(readOnly = true)
    public void csv(String sector, String area, OutputStream out) {
        keyset.write(out, OPEN_DATA, Pledge.class, (afterId, upToId) -> withCommitments(filtered(entityManager.createQuery(
                        SELECT + ON_THE_WALL + " and p.id > :afterId and p.id <= :upToId order by p.id", Object[].class), sector, area)
                .setParameter("afterId", afterId).setParameter("upToId", upToId).getResultList()));
    }

    private List<WallEntry> withCommitments(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PledgeCommitment>> commitments = commitmentsOf(rows.stream().map(r -> (Long) r[0]).toList());
        List<WallEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            List<PledgeCommitment> chosen = commitments.getOrDefault((Long) row[0], List.of());
            entries.add(new WallEntry((String) row[1], (String) row[2], (String) row[3], (LocalDate) row[4],
                    chosen.stream().map(PledgeCommitment::describe).toList(),
                    chosen.stream().mapToInt(PledgeWallService::opportunities).sum()));
        }
        return entries;
    }

    @Transactional(readOnly = true)
    public WallTotals totals(String sector, String area) {
        Object[] row = filtered(entityManager.createQuery("""
                        select count(distinct o.id),
                               coalesce(sum(case when pc.yearlyQuantity is null then 1 else pc.yearlyQuantity end), 0)
                        from Pledge p join p.commitments pc, Organisation o
                        where p.organisationId = o.id
                          and p.status in (org.opendoors.pledge.PledgeStatus.APPROVED, org.opendoors.pledge.PledgeStatus.RENEWED)
                          and o.wallConsent = true and o.mergedInto is null
                          and (:sector is null or o.sector = :sector)
                          and (:area is null or o.area = :area)""", Object[].class), sector, area).getSingleResult();
        return new WallTotals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Transactional(readOnly = true)
    public long count(String sector, String area) {
        return filtered(entityManager.createQuery("select count(p) " + ON_THE_WALL, Long.class), sector, area)
                .getSingleResult();
    }

    /** A commitment without a number counts as one opportunity. */
    private static int opportunities(PledgeCommitment commitment) {
        return commitment.getYearlyQuantity() == null ? 1 : commitment.getYearlyQuantity();
    }

    private Map<Long, List<PledgeCommitment>> commitmentsOf(List<Long> pledgeIds) {
        List<Object[]> rows = entityManager.createQuery("""
                        select pc.pledge.id, pc from PledgeCommitment pc join fetch pc.commitment c
                        where pc.pledge.id in :ids order by c.sortOrder""", Object[].class)
                .setParameter("ids", pledgeIds).getResultList();
        Map<Long, List<PledgeCommitment>> byPledge = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byPledge.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((PledgeCommitment) row[1]);
        }
        return byPledge;
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, String sector, String area) {
        return query.setParameter("sector", blankToNull(sector)).setParameter("area", blankToNull(area));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
