package org.opendoors.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this run uses the embedded MariaDB (no {@code OPEN_DOORS_DB_URL}) and whether demo data and
 * demo sign-in details are on. Demo mode needs the embedded database: a real deployment never shows them.
 */
@Component
public class DeploymentMode {

    private final boolean embeddedDatabase;
    private final boolean demo;

    DeploymentMode(@Value("${spring.datasource.url:}") String databaseUrl,
                   @Value("${opendoors.demo:true}") boolean demoRequested) {
        this.embeddedDatabase = databaseUrl.isBlank();
        this.demo = embeddedDatabase && demoRequested;
    }

    public boolean isEmbeddedDatabase() {
        return embeddedDatabase;
    }

    public boolean isDemo() {
        return demo;
    }
}
