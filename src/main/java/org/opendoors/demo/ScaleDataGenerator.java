package org.opendoors.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Fills the database with realistic volumes for measuring lists at scale, by bulk SQL ({@code scale-data.sql}). Refuses
 * to run twice on one database: generated rows are recognised by their audit revisions' user, {@value #AUDIT_USER}.
 * Foreign keys are not checked while it writes (the rows it refers to are written before, by the same script); the
 * triggers that keep the read models ({@code board_entry}, {@code wall_entry}, {@code offer_month}) fire as for any
 * other insert.
 */
@Component
public class ScaleDataGenerator {

    static final String AUDIT_USER = "scale-generator";
    private static final Pattern INSERT = Pattern.compile("^insert (?:ignore )?into (\\w+)");
    private static final Pattern WRITE = Pattern.compile("^(?:insert (?:ignore )?into|update) (\\w+)");
    static final String OTHER_STATEMENTS = "(other statements)";

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;

    ScaleDataGenerator(JdbcTemplate jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /**
     * What one run wrote: rows added per table, in the order written; the seconds spent writing each table (its inserts
     * and updates, with the triggers they fired) and on {@value #OTHER_STATEMENTS}; and how long it took in all.
     */
    public record Report(Map<String, Long> rowsByTable, Map<String, Double> secondsByTable, double seconds) {

        public String summary() {
            StringBuilder s = new StringBuilder(String.format("Generated in %.0f s:%n", seconds));
            s.append(String.format("  %-28s %12s %9s%n", "table", "rows added", "seconds"));
            secondsByTable.forEach((table, secs) -> s.append(String.format("  %-28s %12s %9.1f%n", table,
                    rowsByTable.containsKey(table) ? String.format("%,d", rowsByTable.get(table)) : "", secs)));
            return s.toString();
        }
    }

    public boolean alreadyGenerated() {
        return jdbc.queryForObject("select exists (select 1 from audit_revision where username = ?)", Boolean.class, AUDIT_USER);
    }

    /** Writes the volumes; throws if this database already holds generated data. */
    public Report generate(ScaleVolumes volumes) {
        if (alreadyGenerated()) {
            throw new IllegalStateException("This database already holds generated data (audit revisions by " + AUDIT_USER
                    + "): nothing was added. Generate into an empty database or data directory.");
        }
        List<String> statements = statements(volumes);
        long start = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.setEscapeProcessing(false); // the password hash has braces
                statement.execute("set foreign_key_checks = 0");
                try {
                    for (String sql : statements) {
                        long t0 = System.nanoTime();
                        statement.execute(sql);
                        seconds.merge(writtenTable(sql), (System.nanoTime() - t0) / 1e9, Double::sum);
                        Matcher insert = INSERT.matcher(sql);
                        if (insert.find() && !insert.group(1).startsWith("gen_")) {
                            rows.merge(insert.group(1), (long) statement.getUpdateCount(), Long::sum);
                        }
                    }
                } finally {
                    // the connection goes back to the pool
                    statement.execute("set foreign_key_checks = 1");
                }
            }
            return null;
        });
        return new Report(rows, seconds, (System.nanoTime() - start) / 1e9);
    }

    private static String writtenTable(String sql) {
        Matcher write = WRITE.matcher(sql);
        return write.find() && !write.group(1).startsWith("gen_") ? write.group(1) : OTHER_STATEMENTS;
    }

    private List<String> statements(ScaleVolumes volumes) {
        String script = script();
        for (Map.Entry<String, Integer> v : volumes.placeholders().entrySet()) {
            script = script.replace("{" + v.getKey() + "}", String.valueOf(v.getValue()));
        }
        script = script.replace("{contacts}", String.valueOf(volumes.contacts()))
                .replace("{revisions}", String.valueOf(volumes.revisions()))
                // staff accounts get a password nobody knows; an administrator can send them a reset link
                .replace("{passwordHash}", passwords.encode(UUID.randomUUID().toString()));
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                statements.add(current.substring(0, current.length() - 2));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String script() {
        try {
            return new ClassPathResource("org/opendoors/demo/scale-data.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
