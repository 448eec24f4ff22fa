package org.opendoors.organisation;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Deletes rows past their retention period together with their Envers audit copies ({@code <table>_aud}). */
final class RetentionDeletes {

    private RetentionDeletes() {
    }

    /** {@code table} is one of this module's own table names, never user input. */
    static int withAuditCopies(EntityManager entityManager, String table, List<Number> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> rowIds = ids.stream().map(Number::longValue).toList();
        entityManager.createNativeQuery("delete from " + table + "_aud where id in (:ids)")
                .setParameter("ids", rowIds).executeUpdate();
        return entityManager.createNativeQuery("delete from " + table + " where id in (:ids)")
                .setParameter("ids", rowIds).executeUpdate();
    }
}
