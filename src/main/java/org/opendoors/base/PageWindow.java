package org.opendoors.base;

import java.util.function.LongSupplier;

/**
 * Which entries of a list's index a page reads: {@code limit} entries from {@code offset} in list order, or, for a page
 * nearer the end than the start, from {@code offset} counted from the end, reading the index backwards and skipping
 * fewer entries. Only a page from {@value #DEEP} rows on counts the rows to decide.
 */
public record PageWindow(boolean backwards, long offset, int limit) {

    public static final long DEEP = 10_000;

    public static PageWindow of(long offset, int limit, LongSupplier total) {
        if (offset >= DEEP) {
            long rows = total.getAsLong();
            if (offset > rows / 2) {
                long end = Math.min(rows, offset + limit);
                return new PageWindow(true, Math.max(0, rows - end), (int) Math.max(0, end - offset));
            }
        }
        return new PageWindow(false, offset, limit);
    }
}
