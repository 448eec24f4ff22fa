package org.opendoors.base.personal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * A table of records about people, described once by the module that owns it, with what erasure puts in place of
 * each personal column. Erasure replaces the values in the table and in its {@code _aud} copy (when audited) with
 * plain SQL, so Envers writes no new revision and every count stays the same; a table with no replacement values
 * has its rows deleted instead (copies that serve nothing once sent, such as e-mails).
 */
public class PersonalTable implements PersonalDataHolder {

    /** SQL for the replacement values. */
    public static final String ERASED_NAME = "'Erased person'";
    public static final String ERASED_EMAIL = "concat('erased-', id, '@erased.invalid')";
    public static final String NONE = "null";
    public static final String BLANK = "''";

    /**
     * @param columns what the export shows (SQL column names or expressions with an alias)
     * @param erasedValues personal column to the SQL for its replacement; empty to delete the rows instead
     * @param audited whether the table is an Envers entity's, with a {@code <table>_aud} copy and a version
     */
    public record Spec(String kind, String table, String emailColumn, String nameColumn, List<String> columns,
                       Map<String, String> erasedValues, boolean audited) {
    }

    private final JdbcTemplate jdbc;
    private final Spec spec;

    public PersonalTable(JdbcTemplate jdbc, Spec spec) {
        this.jdbc = jdbc;
        this.spec = spec;
    }

    @Override
    public String kind() {
        return spec.kind();
    }

    @Override
    public long count(PersonQuery query) {
        if (!searchable(query)) {
            return 0;
        }
        Long count = jdbc.queryForObject("select count(*) from " + spec.table() + " where " + condition(query),
                Long.class, argument(query));
        return count == null ? 0 : count;
    }

    @Override
    public List<PersonMatch> find(PersonQuery query, int offset, int limit) {
        if (!searchable(query)) {
            return List.of();
        }
        String name = spec.nameColumn() == null ? "null" : spec.nameColumn();
        return jdbc.query("select id, " + name + ", " + spec.emailColumn() + " from " + spec.table() + " where "
                        + condition(query) + " order by id limit ? offset ?",
                (row, n) -> new PersonMatch(row.getLong(1), row.getString(2), row.getString(3)),
                argument(query), limit, offset);
    }

    @Override
    public List<RecordSet> export(String email) {
        String columns = String.join(", ", spec.columns());
        List<RecordSet> sets = new ArrayList<>();
        sets.add(jdbc.query("select " + columns + " from " + spec.table() + " where " + spec.emailColumn()
                + " = ? order by id", extractor(fileName()), email));
        if (spec.audited()) {
            sets.add(jdbc.query("select rev, revtype, " + columns + " from " + spec.table() + "_aud where "
                    + historyOf() + " order by id, rev", extractor(fileName() + "-history"), email, email));
        }
        return sets;
    }

    @Override
    public Erased erase(String email) {
        if (spec.erasedValues().isEmpty()) {
            return new Erased(jdbc.update("delete from " + spec.table() + " where " + spec.emailColumn() + " = ?", email), 0);
        }
        String assignments = spec.erasedValues().entrySet().stream()
                .map(value -> value.getKey() + " = " + value.getValue()).collect(Collectors.joining(", "));
        int history = 0;
        if (spec.audited()) {
            // first the copies, found through the live rows while these still hold the address
            history = jdbc.update("update " + spec.table() + "_aud set " + assignments + " where " + historyOf(), email, email);
            assignments += ", version = version + 1"; // an edit begun before the erasure cannot write the old values back
        }
        int records = jdbc.update("update " + spec.table() + " set " + assignments + " where " + spec.emailColumn() + " = ?", email);
        return new Erased(records, history);
    }

    /** The audit copies of the person's records, and any copy that held their address (e.g. before a change). */
    private String historyOf() {
        return spec.emailColumn() + " = ? or id in (select id from " + spec.table() + " where " + spec.emailColumn()
                + " = ?)";
    }

    private boolean searchable(PersonQuery query) {
        return query.isEmail() || spec.nameColumn() != null;
    }

    private String condition(PersonQuery query) {
        return query.isEmail() ? spec.emailColumn() + " = ?" : spec.nameColumn() + " like ? escape '!'";
    }

    private static Object argument(PersonQuery query) {
        return query.isEmail() ? query.email()
                : "%" + query.name().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static ResultSetExtractor<RecordSet> extractor(String name) {
        return rows -> recordSet(name, rows);
    }

    private static RecordSet recordSet(String name, ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> values = new ArrayList<>();
        while (rows.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= columns.size(); i++) {
                row.add(plain(rows.getObject(i)));
            }
            values.add(row);
        }
        return new RecordSet(name, columns, values);
    }

    /** Dates and times as ISO text, so that CSV and JSON show them alike. */
    private static Object plain(Object value) {
        return switch (value) {
            case java.sql.Timestamp timestamp -> timestamp.toLocalDateTime().toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case java.time.temporal.TemporalAccessor temporal -> temporal.toString();
            case null, default -> value;
        };
    }
}
