package org.opendoors.pledge;

import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.organisation.WallOrganisation;
import org.opendoors.organisation.WallOrganisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public pledge wall: organisations with a pledge in force that agreed to appear, filtered by sector and area (the
 * organisation module says which they are), each with its pledge in force. Open to anyone; shows nothing an
 * organisation did not consent to.
 */
@Service
public class PledgeWallService {

    /** Organisation ids per statement when adding up the whole wall. */
    private static final int IDS_PER_STATEMENT = 10_000;

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

    private final PledgeRepository pledges;
    private final WallOrganisations organisations;
    private final EntityManager entityManager;
    private final KeysetCsv keyset;

    PledgeWallService(PledgeRepository pledges, WallOrganisations organisations, EntityManager entityManager,
                      KeysetCsv keyset) {
        this.pledges = pledges;
        this.organisations = organisations;
        this.entityManager = entityManager;
        this.keyset = keyset;
    }

    /** A page of the wall, alphabetical: one query for the organisations, one for their pledges, one for the commitments. */
    @Transactional(readOnly = true)
    public List<WallEntry> entries(String sector, String area, int offset, int limit) {
        Map<Long, WallOrganisation> page = byId(organisations.page(sector, area, offset, limit));
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Pledge> latest = pledges.inForceOf(page.keySet()).stream()
                .collect(Collectors.toMap(Pledge::getOrganisationId, p -> p, (a, b) -> a.getId() > b.getId() ? a : b));
        return entries(page.keySet().stream().map(latest::get).filter(Objects::nonNull).toList(), page);
    }

    /** The wall as filtered, as the open-data CSV, streamed in the order pledges were made. */
    @Transactional(readOnly = true)
    public void csv(String sector, String area, OutputStream out) {
        keyset.write(out, OPEN_DATA, Pledge.class, (afterId, upToId) -> {
            List<Pledge> inForce = pledges.latestInForceBetween(afterId, upToId);
            Map<Long, WallOrganisation> shown = byId(organisations.among(
                    inForce.stream().map(Pledge::getOrganisationId).collect(Collectors.toSet()), sector, area));
            return entries(inForce.stream().filter(p -> shown.containsKey(p.getOrganisationId())).toList(), shown);
        });
    }

    @Transactional(readOnly = true)
    public WallTotals totals(String sector, String area) {
        List<Long> shown = organisations.ids(sector, area);
        long opportunities = 0;
        for (int from = 0; from < shown.size(); from += IDS_PER_STATEMENT) {
            opportunities += pledges.opportunitiesOf(shown.subList(from, Math.min(from + IDS_PER_STATEMENT, shown.size())));
        }
        return new WallTotals(shown.size(), opportunities);
    }

    @Transactional(readOnly = true)
    public long count(String sector, String area) {
        return organisations.count(sector, area);
    }

    private List<WallEntry> entries(List<Pledge> inOrder, Map<Long, WallOrganisation> organisationsById) {
        if (inOrder.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PledgeCommitment>> commitments = commitmentsOf(inOrder.stream().map(Pledge::getId).toList());
        List<WallEntry> entries = new ArrayList<>();
        for (Pledge pledge : inOrder) {
            WallOrganisation organisation = organisationsById.get(pledge.getOrganisationId());
            List<PledgeCommitment> chosen = commitments.getOrDefault(pledge.getId(), List.of());
            entries.add(new WallEntry(organisation.name(), organisation.sector(), organisation.area(), pledge.getApprovedOn(),
                    chosen.stream().map(PledgeCommitment::describe).toList(),
                    chosen.stream().mapToInt(PledgeWallService::opportunities).sum()));
        }
        return entries;
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

    private static Map<Long, WallOrganisation> byId(List<WallOrganisation> organisations) {
        return organisations.stream().collect(Collectors.toMap(WallOrganisation::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
