package org.opendoors;

import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements JPA prepares on this thread while some work runs, so a test can hold a page to its
 * statement budget without counting what scheduled jobs and listeners do meanwhile. Statements run through a
 * {@code JdbcTemplate} (the live figures) are not counted.
 */
@Component
public class TestStatements implements HibernatePropertiesCustomizer, StatementInspector {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    @Override
    public void customize(Map<String, Object> properties) {
        properties.put(AvailableSettings.STATEMENT_INSPECTOR, this);
    }

    @Override
    public String inspect(String sql) {
        int[] count = COUNTING.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** The statements JPA prepared on this thread while {@code work} ran. */
    public int count(Supplier<?> work) {
        int[] count = new int[1];
        COUNTING.set(count);
        try {
            work.get();
        } finally {
            COUNTING.remove();
        }
        return count[0];
    }
}
