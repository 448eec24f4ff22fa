package org.opendoors.base;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * With an external database ({@code OPEN_DOORS_DB_URL}), connects once as soon as the settings are read, so that a
 * database that cannot be reached stops the start within seconds with {@link DatabaseUnreachableFailureAnalyzer}'s
 * sentence, instead of after the whole application has been set up.
 */
class DatabaseSettingCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final String CONNECT_TIMEOUT_MILLIS = "10000";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment settings = event.getEnvironment();
        String url = settings.getProperty("spring.datasource.url", "");
        if (url.isBlank()) {
            return; // the embedded database, started by EmbeddedDatabaseConfiguration
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", settings.getProperty("spring.datasource.username", ""));
        credentials.setProperty("password", settings.getProperty("spring.datasource.password", ""));
        credentials.setProperty("connectTimeout", CONNECT_TIMEOUT_MILLIS);
        try (Connection probe = DriverManager.getConnection(url, credentials)) {
            probe.isValid(1);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("The database at " + url + " cannot be reached", unreachable);
        }
    }
}
