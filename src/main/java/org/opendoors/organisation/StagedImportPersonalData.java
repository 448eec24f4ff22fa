package org.opendoors.organisation;

import java.util.Arrays;
import java.util.List;
import org.opendoors.base.personal.Erased;
import org.opendoors.base.personal.PersonMatch;
import org.opendoors.base.personal.PersonQuery;
import org.opendoors.base.personal.PersonalDataHolder;
import org.opendoors.base.personal.RecordSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Organisation CSV uploads kept between their preview and their import ({@link ImportStaging}, a day at most): a
 * person is a contact's e-mail address on a line. Erasure deletes each upload that holds them, file and preview, since
 * the file holds them too; whoever uploaded it can upload it again.
 */
@Component
class StagedImportPersonalData implements PersonalDataHolder {

    private static final String THEIR_LINES = "from import_preview_row r join import_upload u on u.id = r.upload_id "
            + "where lower(r.contact_email) = lower(?)";

    private final JdbcTemplate jdbc;

    StagedImportPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "Organisation imports";
    }

    @Override
    public long count(PersonQuery query) {
        Long count = query.isEmail() ? jdbc.queryForObject("select count(*) " + THEIR_LINES, Long.class, query.email()) : null;
        return count == null ? 0 : count;
    }

    @Override
    public List<PersonMatch> find(PersonQuery query, int offset, int limit) {
        return !query.isEmail() ? List.of() : jdbc.query("select r.line, r.contact_email " + THEIR_LINES
                + " order by u.uploaded_at, r.line limit ? offset ?", (row, n) -> new PersonMatch(row.getLong(1), null,
                row.getString(2)), query.email(), limit, offset);
    }

    /** Their lines only: the rest of a file is about other people. */
    @Override
    public List<RecordSet> export(String email) {
        List<String> columns = List.of("uploaded_at", "line", "organisation_name", "contact_email", "error");
        return List.of(new RecordSet(fileName(), columns, jdbc.query("select u.uploaded_at, r.line, r.organisation_name, "
                + "r.contact_email, r.error " + THEIR_LINES + " order by u.uploaded_at, r.line", (row, n) -> Arrays.<Object>asList(
                row.getTimestamp(1).toLocalDateTime().toString(), row.getLong(2), row.getString(3), row.getString(4),
                row.getString(5)), email)));
    }

    @Override
    public Erased erase(String email) {
        return new Erased(jdbc.update("delete from import_upload where id in (select upload_id from import_preview_row "
                + "where lower(contact_email) = lower(?))", email), 0);
    }
}
