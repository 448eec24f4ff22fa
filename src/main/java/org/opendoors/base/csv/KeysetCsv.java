package org.opendoors.base.csv;

import jakarta.persistence.EntityManager;
import java.io.OutputStream;
import java.util.List;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Streams a list of any length to CSV without holding it: rows are read a page at a time by keyset
 * ({@code id > :lastId order by id limit n}, which stays as fast on the millionth row as on the first, unlike
 * OFFSET), each page is written and flushed to the response, and the persistence context is cleared so that
 * memory stays flat. Call it from the feature's export method, which carries the list's own method security
 * and a read-only transaction. Rows come out in the order they were created.
 */
@Component
public class KeysetCsv {

    /** One page of rows whose ids are greater than {@code lastId}, in id order, at most {@code limit} of them. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> after(long lastId, Limit limit);
    }

    static final int PAGE_SIZE = 1000;

    private final EntityManager entityManager;

    KeysetCsv(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Writes every row the pages give; returns how many rows were written. */
    public <T> long write(OutputStream out, CsvColumns<T> columns, ToLongFunction<? super T> idOf, Page<T> page) {
        return write(out, columns, idOf, page, PAGE_SIZE);
    }

    <T> long write(OutputStream out, CsvColumns<T> columns, ToLongFunction<? super T> idOf, Page<T> page, int pageSize) {
        long written = 0;
        try (CsvWriter csv = columns.open(out)) {
            long lastId = 0;
            List<T> rows;
            do {
                rows = page.after(lastId, Limit.of(pageSize));
                for (T row : rows) {
                    csv.row(columns.cells(row));
                    lastId = idOf.applyAsLong(row);
                }
                written += rows.size();
                csv.flush();
                entityManager.clear();
            } while (rows.size() == pageSize);
        }
        return written;
    }
}
