package org.opendoors.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnreachableFailureAnalyzerTest {

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer();

    @Test
    void a_connection_failure_at_start_up_says_which_settings_to_check() {
        var refused = new SQLNonTransientConnectionException("Socket fail to connect to host:db.example, port:3306", "08000");
        var analysis = analyzer.analyze(new IllegalStateException("start-up failed", refused));
        assertThat(analysis.getDescription()).startsWith("Open Doors could not connect to the database");
        assertThat(analysis.getAction()).contains("OPEN_DOORS_DB_URL").contains("OPEN_DOORS_DB_PASSWORD");
    }

    @Test
    void other_sql_errors_are_left_to_the_default_report() {
        assertThat(analyzer.analyze(new IllegalStateException(new SQLException("syntax", "42000")))).isNull();
    }
}
