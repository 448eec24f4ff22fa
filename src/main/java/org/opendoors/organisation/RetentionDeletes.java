package org.opendoors.organisation;

import jakarta.persistence.EntityManager;

/** Deletes rows past their retention period together with their Envers audit copies ({@code <table>_aud}). */
final class RetentionDeletes {

    private RetentionDeletes() {
    }

    /**
     * Deletes the rows of {@code table} that meet {@code condition} (on alias {@code t}, with one named parameter), and
     * first their audit copies, in two statements: no ids are read into memory, however many rows have expired.
     * {@code table} and {@code condition} are this module's own SQL, never user input.
     */
    static int withAuditCopies(EntityManager entityManager, String table, String condition, String parameter, Object value) {
        entityManager.createNativeQuery("delete aud from " + table + "_aud aud join " + table + " t on t.id = aud.id where "
                + condition).setParameter(parameter, value).executeUpdate();
        return entityManager.createNativeQuery("delete t from " + table + " t where " + condition)
                .setParameter(parameter, value).executeUpdate();
    }
}
