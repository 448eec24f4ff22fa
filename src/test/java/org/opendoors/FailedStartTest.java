package org.opendoors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A start that fails says why in one sentence and exits non-zero within 30 seconds, leaving no embedded
 * database behind, so that a service manager or a container sees the failure. Each case starts the application
 * in a child JVM, as a user or a service manager would.
 */
class FailedStartTest {

    private static final Duration EXIT_WITHIN = Duration.ofSeconds(30);
    private static final Path DATA_DIR = Path.of("target/failed-start").toAbsolutePath();

    @Test
    void an_unacceptable_admin_password_exits_before_the_database_starts() throws Exception {
        Start start = start("--opendoors.admin.password=password", "--server.port=0");
        start.assertExitedWithin(EXIT_WITHIN);
        assertThat(start.log()).contains("OPEN_DOORS_ADMIN_PASSWORD is not acceptable");
        assertThat(mariadbProcessesUsing(DATA_DIR)).as("embedded MariaDB left running").isEmpty();
    }

    @Test
    void an_unknown_brand_exits_before_the_database_starts() throws Exception {
        Start start = start("--opendoors.brand=no-such-council", "--server.port=0");
        start.assertExitedWithin(EXIT_WITHIN);
        assertThat(start.log()).contains("Brand pack 'no-such-council' not found");
        assertThat(mariadbProcessesUsing(DATA_DIR)).isEmpty();
    }

    @Test
    void an_unreachable_database_exits() throws Exception {
        int closedPort = freePort();
        Start start = start("--spring.datasource.url=jdbc:mariadb://127.0.0.1:" + closedPort + "/opendoors",
                "--spring.datasource.username=nobody", "--server.port=0");
        start.assertExitedWithin(EXIT_WITHIN);
        assertThat(start.log()).contains("Open Doors could not connect to the database");
    }

    @Test
    void a_port_in_use_exits_before_the_database_starts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Start start = start("--server.port=" + taken.getLocalPort());
            start.assertExitedWithin(EXIT_WITHIN);
            assertThat(start.log()).contains("Port " + taken.getLocalPort() + " is already in use");
        }
    }

    /**
     * A failure after the embedded database started (here: a schema that does not match, with the migrations
     * pointed elsewhere). This start also unpacks MariaDB for the first time, which alone can take 10-20 s on a busy
     * 2-core machine, hence the longer limit.
     */
    @Test
    void a_failure_after_the_database_started_exits_and_stops_the_database() throws Exception {
        Start start = start("--server.port=0", "--spring.flyway.locations=classpath:no-migrations-here");
        start.assertExitedWithin(EXIT_WITHIN.multipliedBy(2));
        assertThat(start.log()).contains("Embedded MariaDB on port").contains("Schema validation: missing table");
        assertThat(mariadbProcessesUsing(DATA_DIR)).as("embedded MariaDB left running").isEmpty();
    }

    private static Start start(String... settings) throws IOException {
        Files.createDirectories(DATA_DIR);
        Path log = Files.createTempFile(DATA_DIR, "start-", ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(), // the test's own JDK 21+
                "-cp", System.getProperty("java.class.path"),
                OpenDoorsApplication.class.getName(),
                "--opendoors.data-dir=" + DATA_DIR,
                "--opendoors.demo=false",
                "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Start(process, log);
    }

    private static List<String> mariadbProcessesUsing(Path dataDir) {
        return ProcessHandle.allProcesses()
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains("mariadbd") && line.contains(dataDir.toString()))
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Start(Process process, Path logFile) {

        void assertExitedWithin(Duration limit) throws InterruptedException, IOException {
            boolean exited = process.waitFor(limit.toSeconds(), TimeUnit.SECONDS);
            if (!exited) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            assertThat(exited).as("exited within %s; log:%n%s", limit, log()).isTrue();
            assertThat(process.exitValue()).as("exit status; log:%n%s", log()).isNotZero();
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }
    }
}
