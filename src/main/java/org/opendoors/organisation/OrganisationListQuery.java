package org.opendoors.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A page of the organisation list in one statement that stays fast at any depth: the page's ids are read from an index
 * that holds the filter, the sort and {@code merged_into} (V33), then only those rows are loaded. Ties in a sort fall back
 * to the name, then the id, in the same direction, so every sort follows one of those indexes.
 */
@Component
class OrganisationListQuery {

    private static final Set<String> SORTABLE = Set.of("name", "status", "sector", "area");

    @PersistenceContext
    private EntityManager entityManager;

    @SuppressWarnings("unchecked")
    List<Organisation> page(OrganisationFilter filter, Pageable pageable) {
        List<String> where = new ArrayList<>(List.of("merged_into is null"));
        Map<String, Object> params = new HashMap<>();
        condition(where, params, "name like :name", "name",
                blank(filter.name()) ? null : "%" + filter.name().trim().replace("%", "\\%") + "%");
        condition(where, params, "status = :status", "status", filter.status() == null ? null : filter.status().name());
        condition(where, params, "sector = :sector", "sector", blank(filter.sector()) ? null : filter.sector());
        condition(where, params, "area = :area", "area", blank(filter.area()) ? null : filter.area());
        condition(where, params, "owner_user_id = :owner", "owner", filter.ownerUserId());
        if (filter.possibleDuplicatesOnly()) {
            where.add("possible_duplicate_of is not null");
        }
        String order = orderBy(pageable.getSort());
        Query query = entityManager.createNativeQuery("""
                select o.* from (select id from organisation where %s order by %s limit :limit offset :offset) page
                join organisation o on o.id = page.id order by %s""".formatted(String.join(" and ", where), order,
                order.replaceAll("(\\w+) (asc|desc)", "o.$1 $2")), Organisation.class);
        params.forEach(query::setParameter);
        return query.setParameter("limit", pageable.getPageSize()).setParameter("offset", pageable.getOffset()).getResultList();
    }

    /** The requested sort on known columns, then name and id in the direction of the first. */
    private static String orderBy(Sort sort) {
        Set<String> columns = new LinkedHashSet<>();
        List<String> order = new ArrayList<>();
        Sort.Direction direction = null;
        for (Sort.Order o : sort) {
            if (SORTABLE.contains(o.getProperty()) && columns.add(o.getProperty())) {
                direction = direction == null ? o.getDirection() : direction;
                order.add(o.getProperty() + " " + (o.isAscending() ? "asc" : "desc"));
            }
        }
        String tie = direction == Sort.Direction.DESC ? " desc" : " asc";
        if (columns.add("name")) {
            order.add("name" + tie);
        }
        order.add("id" + tie);
        return String.join(", ", order);
    }

    private static void condition(List<String> where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.add(sql);
            params.put(name, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
