package org.opendoors.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.opendoors.base.PageWindow;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A page of the organisation list in one statement that stays fast at any depth: the page's ids are read from an index
 * that holds the filters, the sort and {@code merged_into} (V33), then only those rows are loaded; a page nearer the end
 * than the start is read backwards. Ties in a sort fall back to the name, then the id, in the same direction, so every
 * sort follows one of those indexes. A name search reads the FULLTEXT index of names (V34) where it can.
 */
@Component
class OrganisationListQuery {

    private static final Set<String> SORTABLE = Set.of("name", "status", "sector", "area");
    /** InnoDB's default FULLTEXT stop words. */
    private static final Set<String> STOP_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the", "this",
            "was", "what", "when", "where", "who", "will", "with", "und", "www");

    @PersistenceContext
    private EntityManager entityManager;

    List<Organisation> page(OrganisationFilter filter, Pageable pageable) {
        Where where = Where.of(filter);
        String order = orderBy(pageable.getSort());
        PageWindow window = PageWindow.of(pageable.getOffset(), pageable.getPageSize(), () -> count(where));
        return page(where, order, window.backwards() ? reversed(order) : order, window.offset(), window.limit());
    }

    /** The list's rows with ids after {@code afterId} up to {@code upToId}, in id order: a window of the CSV export. */
    @SuppressWarnings("unchecked")
    List<Organisation> between(OrganisationFilter filter, long afterId, long upToId) {
        Where where = Where.of(filter);
        Query query = entityManager.createNativeQuery("select * from organisation where " + where.sql()
                + " and id > :afterId and id <= :upToId order by id", Organisation.class);
        return where.bind(query).setParameter("afterId", afterId).setParameter("upToId", upToId).getResultList();
    }

    long count(OrganisationFilter filter) {
        return count(Where.of(filter));
    }

    private long count(Where where) {
        return ((Number) where.bind(entityManager.createNativeQuery("select count(*) from organisation where " + where.sql()))
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Organisation> page(Where where, String order, String readOrder, long offset, int limit) {
        Query query = entityManager.createNativeQuery("""
                select o.* from (select id from organisation where %s order by %s limit :limit offset :offset) page
                join organisation o on o.id = page.id order by %s""".formatted(where.sql(), readOrder,
                order.replaceAll("(\\w+) (asc|desc)", "o.$1 $2")), Organisation.class);
        return where.bind(query).setParameter("limit", limit).setParameter("offset", offset).getResultList();
    }

    private static String reversed(String order) {
        return order.replace(" asc", " ASC").replace(" desc", " asc").replace(" ASC", " desc");
    }

    /** The filters that are set, as conditions on columns the list's indexes hold, with their values. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(OrganisationFilter filter) {
            List<String> where = new ArrayList<>(List.of("merged_into is null"));
            Map<String, Object> params = new HashMap<>();
            BiConsumer<String, Object> ifSet = (condition, value) -> {
                if (value != null) {
                    where.add(condition);
                    params.put(condition.replaceAll(".*:(\\w+).*", "$1"), value);
                }
            };
            if (!blank(filter.name())) {
                String words = wordPrefixes(filter.name());
                if (words != null) {
                    ifSet.accept("match (name) against (:words in boolean mode)", words);
                } else {
                    ifSet.accept("name like :name", "%" + filter.name().trim().replace("%", "\\%") + "%");
                }
            }
            ifSet.accept("status = :status", filter.status() == null ? null : filter.status().name());
            ifSet.accept("sector = :sector", blank(filter.sector()) ? null : filter.sector());
            ifSet.accept("area = :area", blank(filter.area()) ? null : filter.area());
            ifSet.accept("owner_user_id = :owner", filter.ownerUserId());
            if (filter.possibleDuplicatesOnly()) {
                where.add("possible_duplicate_of is not null");
            }
            return new Where(String.join(" and ", where), params);
        }

        Query bind(Query query) {
            params.forEach(query::setParameter);
            return query;
        }
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

    /**
     * "harbour care" as {@code +harbour* +care*} for the FULLTEXT index (V34), or null when a word is one the index
     * leaves out (shorter than three letters, or a stop word such as "the"): then the name is searched as typed.
     */
    private static String wordPrefixes(String typed) {
        List<String> words = List.of(typed.trim().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        if (words.stream().anyMatch(w -> w.length() < 3 || STOP_WORDS.contains(w))) {
            return null;
        }
        return String.join(" ", words.stream().map(w -> "+" + w + "*").toList());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
