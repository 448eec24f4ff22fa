package org.opendoors.base;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code OPEN_DOORS_DB_URL}, Open Doors starts its own MariaDB: nothing to install, data kept in
 * {@code OPEN_DOORS_DATA_DIR} (default {@code ./data}) between runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${opendoors.data-dir}") Path dataDir,
                          @Value("${opendoors.embedded-db.fresh:false}") boolean fresh,
                          @Value("${opendoors.embedded-db.buffer-pool:512M}") String bufferPool) {
        EmbeddedMariaDb db = EmbeddedMariaDb.startOnce(dataDir, fresh, bufferPool);
        return DataSourceBuilder.create()
                .url(db.jdbcUrl())
                .username("root")
                .password("")
                .build();
    }
}
