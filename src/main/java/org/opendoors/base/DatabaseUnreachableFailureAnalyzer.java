package org.opendoors.base;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "cannot connect" at start-up into one clear sentence instead of a page of stack trace. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        if (cause.getSQLState() == null || !cause.getSQLState().startsWith("08")) {
            return null; // not a connection failure
        }
        return new FailureAnalysis(
                "Open Doors could not connect to the database: " + cause.getMessage(),
                "Check OPEN_DOORS_DB_URL (for example jdbc:mariadb://db.example:3306/opendoors), "
                        + "OPEN_DOORS_DB_USER and OPEN_DOORS_DB_PASSWORD, and that the MariaDB server is running "
                        + "and reachable from this machine. Unset OPEN_DOORS_DB_URL to use the embedded database.",
                cause);
    }
}
