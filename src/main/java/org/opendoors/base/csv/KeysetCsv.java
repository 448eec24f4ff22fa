package org.opendoors.base.csv;

import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Streams a list of any length to CSV without holding it: rows are read by id window ({@code id > :afterId and
 * id <= :upToId order by id}, 10,000 ids at a time up to the table's highest id), each window is written and
 * flushed to the response, and the persistence context is cleared so that memory stays flat. Unlike OFFSET, or
 * even {@code id > :lastId ... limit n} (which a filter index can turn into sorting every later row for each page),
 * a bounded primary-key range costs the same on the millionth row as on the first whatever plan the database picks.
 * Call it from the feature's export method, which carries the list's own method security and a read-only
 * transaction. Rows come out in the order they were created.
 */
@Component
public class KeysetCsv {

    /** The rows whose ids are in {@code (afterId, upToId]}, in id order. */
    @FunctionalInterface
    public interface Window<T> {
        List<T> between(long afterId, long upToId);
    }

    static final int WINDOW = 10_000;

    private final EntityManager entityManager;

    KeysetCsv(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Writes every row the windows give, up to the highest id of the entity the rows are keyed by (the list's main
     * table); returns how many rows were written.
     */
    public <T> long write(OutputStream out, CsvColumns<T> columns, Class<?> keyedBy, Window<T> window) {
        long maxId = entityManager.createQuery("select coalesce(max(e.id), 0) from " + keyedBy.getName() + " e", Long.class)
                .getSingleResult();
        return write(out, columns, maxId, window, WINDOW);
    }

    <T> long write(OutputStream out, CsvColumns<T> columns, long maxId, Window<T> window, int windowSize) {
        long written = 0;
        try (CsvWriter csv = columns.open(out)) {
            for (long afterId = 0; afterId < maxId; afterId += windowSize) {
                List<T> rows = window.between(afterId, Math.min(afterId + windowSize, maxId));
                for (T row : rows) {
                    csv.row(columns.cells(row));
                }
                written += rows.size();
                csv.flush();
                entityManager.clear();
            }
        }
        return written;
    }
}
