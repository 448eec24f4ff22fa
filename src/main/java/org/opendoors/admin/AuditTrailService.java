package org.opendoors.admin;

import org.springframework.security.access.annotation.Secured;
import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.opendoors.base.AbstractEntity;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.base.audit.AuditRevision;
import org.opendoors.security.AppRoles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the Envers audit trail, newest first, a page at a time; or all of it as CSV. */
@Service
public class AuditTrailService {

    private final EntityManager entityManager;
    private final KeysetCsv keyset;

    AuditTrailService(EntityManager entityManager, KeysetCsv keyset) {
        this.entityManager = entityManager;
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
        return entries(entityManager.createQuery("select r from AuditRevision r order by r.id desc", AuditRevision.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /** The whole trail as CSV, streamed oldest first. */
    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public void csv(OutputStream out) {
        keyset.write(out, COLUMNS, AuditRevision.class, (afterId, upToId) -> entries(entityManager.createQuery(
                        "select r from AuditRevision r where r.id > :afterId and r.id <= :upToId order by r.id", AuditRevision.class)
                .setParameter("afterId", afterId).setParameter("upToId", upToId).getResultList()));
    }

    private List<AuditEntry> entries(List<AuditRevision> revisions) {
        var changes = AuditReaderFactory.get(entityManager).getCrossTypeRevisionChangesReader();
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditRevision revision : revisions) {
            List<String> described = new ArrayList<>();
            for (Map.Entry<RevisionType, List<Object>> byType : changes.findEntitiesGroupByRevisionType(revision.getId()).entrySet()) {
                for (Object entity : byType.getValue()) {
                    described.add(describe(entity) + " " + verb(byType.getKey()));
                }
            }
            entries.add(new AuditEntry(revision.getId(), revision.getChangedAt(), revision.getUsername(),
                    String.join("; ", described)));
        }
        return entries;
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADMIN)
    public long count() {
        return entityManager.createQuery("select count(r) from AuditRevision r", Long.class).getSingleResult();
    }

    private static String describe(Object entity) {
        String type = entity.getClass().getSimpleName();
        return entity instanceof AbstractEntity e ? type + " #" + e.getId() : type;
    }

    private static String verb(RevisionType type) {
        return switch (type) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
