package org.opendoors.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionType;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.base.audit.AuditRevision;
import org.opendoors.security.AppRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers audit trail, newest first, a page at a time; or all of it as CSV. A page is one statement (two after
 * the first, which find where they start): its revisions, each with what it changed read from every audited entity's
 * {@code _aud} table by revision (Envers' own reader asked each table once per revision and change type, hundreds of
 * statements a page).
 */
@Service
public class AuditTrailService {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final KeysetCsv keyset;
    private String changesSql;

    AuditTrailService(EntityManager entityManager, JdbcClient jdbc, KeysetCsv keyset) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.keyset = keyset;
    }

    static final CsvColumns<AuditEntry> COLUMNS = CsvColumns.of(AuditEntry.class)
            .add("Revision", AuditEntry::revision)
            .add("When", AuditEntry::changedAt)
            .add("Who", AuditEntry::username)
            .add("What changed", AuditEntry::changes);

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public List<AuditEntry> page(int offset, int limit) {
        // Every audited table reads the page's revisions again: bounded by the page's newest id (found first on a later
        // page), each reads a page of index entries instead of skipping all those before it.
        long newest = offset == 0 ? Long.MAX_VALUE : jdbc.sql("select id from audit_revision order by id desc limit 1 offset :offset")
                .param("offset", offset).query(Long.class).optional().orElse(0L);
        return entries("select id, changed_at, username from audit_revision where id <= :newest order by id desc limit :limit", "desc",
                Map.of("newest", newest, "limit", limit));
    }

    /** The whole trail as CSV, streamed oldest first. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public void csv(OutputStream out) {
        keyset.write(out, COLUMNS, AuditRevision.class, (afterId, upToId) -> entries(
                "select id, changed_at, username from audit_revision where id > :afterId and id <= :upToId", "asc",
                Map.of("afterId", afterId, "upToId", upToId)));
    }

    /**
     * The revisions {@code revisions} selects, in id order ({@code direction}), each with its changes: created, changed,
     * then deleted, by entity name and id.
     */
    private List<AuditEntry> entries(String revisions, String direction, Map<String, Object> params) {
        Map<Long, AuditEntry> entries = new LinkedHashMap<>();
        Map<Long, List<String>> changes = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.id, r.changed_at, r.username, c.revtype, c.entity, c.entity_id from (%1$s) r
                        left join (%2$s) c on c.rev = r.id
                        order by r.id %3$s, c.revtype, c.entity, c.entity_id""".formatted(revisions,
                        changesSql().replace("{revisions}", revisions), direction))
                .params(params)
                .query(rs -> {
                    long revision = rs.getLong(1);
                    if (!entries.containsKey(revision)) {
                        entries.put(revision, new AuditEntry(revision, Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), null));
                        changes.put(revision, new ArrayList<>());
                    }
                    if (rs.getString(5) != null) {
                        changes.get(revision).add(rs.getString(5) + " #" + rs.getLong(6) + " "
                                + verb(RevisionType.fromRepresentation(rs.getByte(4))));
                    }
                });
        return entries.values().stream().map(e -> new AuditEntry(e.revision(), e.changedAt(), e.username(),
                String.join("; ", changes.get(e.revision())))).toList();
    }

    /** Every audited entity's changes at the revisions {@code {revisions}} selects, by revision, with the entity's name. */
    private String changesSql() {
        if (changesSql == null) {
            changesSql = entityManager.getMetamodel().getEntities().stream()
                    .map(EntityType::getJavaType)
                    .filter(type -> type.isAnnotationPresent(Audited.class))
                    .sorted(Comparator.comparing(Class::getSimpleName))
                    .map(type -> "select rev, revtype, '%s' as entity, id as entity_id from %s_aud where rev in (select id from ({revisions}) p)"
                            .formatted(type.getSimpleName(), type.getAnnotation(Table.class).name()))
                    .collect(Collectors.joining("\nunion all "));
        }
        return changesSql;
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public long count() {
        return entityManager.createQuery("select count(r) from AuditRevision r", Long.class).getSingleResult();
    }

    private static String verb(RevisionType type) {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
