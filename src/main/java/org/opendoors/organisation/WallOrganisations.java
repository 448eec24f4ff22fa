package org.opendoors.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations the public pledge wall may show: a pledge in force (kept by the pledge lifecycle), agreed to appear,
 * not merged away; filtered by sector and area. The pledge module adds each one's pledge. Open to anyone.
 */
@Service
public class WallOrganisations {

    private static final String SELECT = "select new org.opendoors.organisation.WallOrganisation(o.id, o.name, o.sector, o.area) ";
    private static final String ON_THE_WALL = """
            from Organisation o
            where o.pledgeInForce = true and o.wallConsent = true and o.mergedInto is null
              and (:sector is null or o.sector = :sector)
              and (:area is null or o.area = :area)""";

    private final EntityManager entityManager;

    WallOrganisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A page of the wall, alphabetical. */
    @Transactional(readOnly = true)
    public List<WallOrganisation> page(String sector, String area, int offset, int limit) {
        return filtered(entityManager.createQuery(SELECT + ON_THE_WALL + " order by o.name, o.id", WallOrganisation.class),
                sector, area).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Transactional(readOnly = true)
    public long count(String sector, String area) {
        return filtered(entityManager.createQuery("select count(o) " + ON_THE_WALL, Long.class), sector, area).getSingleResult();
    }

    /** Every organisation on the wall as filtered, by id, for totals over the whole wall. */
    @Transactional(readOnly = true)
    public List<Long> ids(String sector, String area) {
        return filtered(entityManager.createQuery("select o.id " + ON_THE_WALL, Long.class), sector, area).getResultList();
    }

    /** Those of these organisations that are on the wall as filtered. */
    @Transactional(readOnly = true)
    public List<WallOrganisation> among(Collection<Long> organisationIds, String sector, String area) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return filtered(entityManager.createQuery(SELECT + ON_THE_WALL + " and o.id in :ids", WallOrganisation.class),
                sector, area).setParameter("ids", organisationIds).getResultList();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, String sector, String area) {
        return query.setParameter("sector", blankToNull(sector)).setParameter("area", blankToNull(area));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
