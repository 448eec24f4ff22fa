package org.opendoors.notification;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A page of the outbox in the grid's order, without a count: a page that follows one already read continues after its
 * last row (a seek on the order's index, as fast a million rows in as at the start); any other page skips rows. The
 * order is the first sortable column asked for (queued, recipient or status), else the newest first, then the id in
 * the same direction; V38 indexes each, with and without the status filter.
 */
@Component
class OutboxListQuery {

    private static final Set<String> SORTABLE = Set.of("createdAt", "recipient", "status");

    @PersistenceContext
    private EntityManager entityManager;

    List<OutboundEmail> page(OutboundEmailStatus status, Sort sort, OutboundEmail after, long offset, int limit) {
        Sort.Order order = sort.stream().filter(o -> SORTABLE.contains(o.getProperty())).findFirst().orElse(Sort.Order.desc("id"));
        boolean byId = order.getProperty().equals("id");
        String key = "e." + order.getProperty();
        String direction = order.isAscending() ? "asc" : "desc";
        String beyond = order.isAscending() ? ">" : "<";
        StringBuilder jpql = new StringBuilder("select e from OutboundEmail e where (:status is null or e.status = :status)");
        if (after != null) {
            jpql.append(byId ? " and e.id %s :id".formatted(beyond)
                    : " and (%1$s %2$s :key or (%1$s = :key and e.id %2$s :id))".formatted(key, beyond));
        }
        jpql.append(byId ? " order by e.id " + direction : " order by %s %s, e.id %2$s".formatted(key, direction));
        TypedQuery<OutboundEmail> query = entityManager.createQuery(jpql.toString(), OutboundEmail.class)
                .setParameter("status", status).setMaxResults(limit);
        if (after == null) {
            return query.setFirstResult(Math.toIntExact(offset)).getResultList();
        }
        query.setParameter("id", after.getId());
        if (!byId) {
            query.setParameter("key", switch (order.getProperty()) {
                case "createdAt" -> after.getCreatedAt();
                case "recipient" -> after.getRecipient();
                default -> after.getStatus();
            });
        }
        return query.getResultList();
    }
}
