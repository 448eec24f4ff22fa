package org.opendoors.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * CSV imports between their preview and their import, kept in the database so that a session holds only an upload's
 * id. Each upload is read only by the person who made it.
 */
@Component
class ImportStaging {

    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final JdbcTemplate jdbc;

    ImportStaging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the file and what each row would do; the person's earlier uploads, and anyone's over a day old, go. */
    String stage(String uploadedBy, Instant at, String csv, List<ImportRow> rows) {
        jdbc.update("delete from import_upload where uploaded_by = ? or uploaded_at < ?", uploadedBy,
                Timestamp.from(at.minus(KEPT_FOR)));
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into import_upload (id, uploaded_by, uploaded_at, csv) values (?, ?, ?, ?)", id, uploadedBy,
                Timestamp.from(at), csv);
        jdbc.batchUpdate("insert into import_preview_row (upload_id, line, organisation_name, contact_email, error, "
                        + "already_exists) values (?, ?, ?, ?, ?, ?)", rows, 500, (statement, row) -> {
                    statement.setString(1, id);
                    statement.setLong(2, row.line());
                    statement.setString(3, row.organisationName());
                    statement.setString(4, row.contactEmail());
                    statement.setString(5, row.error());
                    statement.setBoolean(6, row.alreadyExists());
                });
        return id;
    }

    /** A page of the preview in line order; {@code refusedOnly} keeps the rows with an error. */
    List<ImportRow> rows(String id, String uploadedBy, boolean refusedOnly, int offset, int limit) {
        return jdbc.query("select r.line, r.organisation_name, r.contact_email, r.error, r.already_exists "
                        + "from import_preview_row r join import_upload u on u.id = r.upload_id "
                        + "where u.id = ? and u.uploaded_by = ?" + (refusedOnly ? " and r.error is not null" : "")
                        + " order by r.line limit ? offset ?",
                ImportStaging::row, id, uploadedBy, limit, offset);
    }

    int count(String id, String uploadedBy, boolean refusedOnly) {
        return jdbc.queryForObject("select count(*) from import_preview_row r join import_upload u on u.id = r.upload_id "
                + "where u.id = ? and u.uploaded_by = ?" + (refusedOnly ? " and r.error is not null" : ""),
                Integer.class, id, uploadedBy);
    }

    /** The file, once: an upload already imported, another person's, or gone gives nothing. */
    Optional<String> takeForImport(String id, String uploadedBy, Instant at) {
        int marked = jdbc.update("update import_upload set imported_at = ? where id = ? and uploaded_by = ? "
                + "and imported_at is null", Timestamp.from(at), id, uploadedBy);
        return marked == 0 ? Optional.empty()
                : Optional.of(jdbc.queryForObject("select csv from import_upload where id = ?", String.class, id));
    }

    private static ImportRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new ImportRow(rs.getLong("line"), rs.getString("organisation_name"), rs.getString("contact_email"),
                rs.getString("error"), rs.getBoolean("already_exists"));
    }
}
