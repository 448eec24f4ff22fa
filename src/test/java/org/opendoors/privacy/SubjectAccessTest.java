package org.opendoors.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.SystemTask;
import org.opendoors.base.personal.PersonalDataHolder;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's data found, exported and erased everywhere Open Doors holds it, audit copies included. */
class SubjectAccessTest extends SpringTest {

    /** Every table with a person's details, live and audit copy, whose row count erasure must not change. */
    private static final List<String> KEPT_TABLES = List.of("contact", "contact_aud", "user_account",
            "user_account_aud", "employer_registration", "employer_registration_aud", "event_signup", "event_signup_aud",
            "audit_revision", "audit_revision_entity");
    /** Each table and the column holding the e-mail address. */
    private static final Map<String, String> EMAIL_COLUMNS = Map.ofEntries(Map.entry("contact", "email"),
            Map.entry("contact_aud", "email"), Map.entry("user_account", "email"), Map.entry("user_account_aud", "email"),
            Map.entry("employer_registration", "email"), Map.entry("employer_registration_aud", "email"),
            Map.entry("event_signup", "email"), Map.entry("event_signup_aud", "email"), Map.entry("audit_revision", "username"),
            Map.entry("outbound_email", "recipient"), Map.entry("consent_change", "changed_by"),
            Map.entry("import_preview_row", "contact_email"));

    @Autowired
    SubjectAccessService subjectAccess;

    @Autowired
    TestPeople people;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    List<PersonalDataHolder> holders;

    @Test
    void the_export_has_a_csv_and_a_json_file_for_every_kind_of_record_each_holding_the_persons_records() throws IOException {
        String email = people.everywhere();
        Map<String, String> files = unzip(SystemTask.run(() -> zipOf(out -> subjectAccess.export(email.toUpperCase(), out))));

        List<String> kinds = List.of("contacts", "user-accounts", "registrations", "event-sign-ups", "outbox", "audit-trail",
                "consent-history", "organisation-imports", "contacts-history", "user-accounts-history", "registrations-history",
                "event-sign-ups-history");
        for (String kind : kinds) {
            assertThat(files).containsKeys(kind + ".csv", kind + ".json");
            assertThat(files.get(kind + ".csv")).as(kind).contains(email);
            JsonNode records = JsonMapper.builder().build().readTree(files.get(kind + ".json"));
            assertThat(records.isArray()).isTrue();
            assertThat(records.size()).as(kind).isPositive();
        }
        assertThat(files.get("event-sign-ups.csv")).contains("Sam Signup", "Vegetarian", "Step-free access");
        assertThat(files.get("audit-trail.json")).contains("UserAccount");
        assertThat(files.get("user-accounts.csv")).contains("EMPLOYER").doesNotContain("$2a$");
    }

    @Test
    void erasure_replaces_the_details_in_live_and_audit_tables_purges_e_mails_and_keeps_every_count() {
        String email = people.everywhere();
        String bystander = people.everywhere();
        String admin = users.create(Role.ADMIN);
        List<Long> contactIds = idsOf("contact", email);
        List<Long> signupIds = idsOf("event_signup", email);
        long userId = users.principal(email).id();
        long registrationId = idsOf("employer_registration", email).getFirst();
        Map<String, Long> before = rowCounts();
        assertThat(rowsHolding(email)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

        PersonErasure erasure = erasedBy(admin, email);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(rowsHolding(email)).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(rowsHolding(bystander)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        for (long id : contactIds) {
            assertThat(jdbc.queryForList("select concat_ws('|', name, email, coalesce(phone, 'no phone')) from contact_aud"
                    + " where id = ? union all select concat_ws('|', name, email, coalesce(phone, 'no phone')) from contact"
                    + " where id = ?", String.class, id, id))
                    .hasSizeGreaterThan(1).containsOnly("Erased person|erased-" + id + "@erased.invalid|no phone");
        }
        for (long id : signupIds) {
            assertThat(jdbc.queryForList("select concat_ws('|', name, email, coalesce(dietary_needs, 'none'),"
                    + " coalesce(access_needs, 'none')) from event_signup_aud where id = ?", String.class, id))
                    .isNotEmpty().containsOnly("Erased person|erased-" + id + "@erased.invalid|none|none");
        }
        assertThat(jdbc.queryForList("select concat_ws('|', display_name, email) from user_account_aud where id = ?",
                String.class, userId)).isNotEmpty().containsOnly("Erased person|erased-" + userId + "@erased.invalid");
        assertThat(jdbc.queryForList("select concat_ws('|', person_name, email, phone) from employer_registration_aud"
                + " where id in (select id from employer_registration where email = ?)", String.class,
                "erased-" + registrationId + "@erased.invalid")).isNotEmpty()
                .containsOnly("Erased person|erased-" + registrationId + "@erased.invalid|");

        assertThat(erasure.getReference()).matches("ERA-\\d{6}");
        Map<String, Object> recorded = jdbc.queryForMap("select * from person_erasure where id = ?", erasure.getId());
        List<Map<String, Object>> kinds = jdbc.queryForList("select * from person_erasure_kind where person_erasure_id = ?",
                erasure.getId());
        assertThat(kinds).extracting(row -> row.get("kind")).containsExactlyInAnyOrder("Audit trail", "Consent history",
                "Contacts", "Event sign-ups", "Organisation imports", "Outbox", "Registrations", "User accounts");
        assertThat(kinds).allSatisfy(row -> assertThat((Integer) row.get("records")).isPositive());
        assertThat(recorded.toString() + kinds).doesNotContain(email).doesNotContain(email.substring(0, email.indexOf('@')));
    }

    @Test
    void an_erased_account_cannot_sign_in_with_its_old_address_or_its_new_one() {
        String email = people.everywhere();
        assertThat(signIn.authenticate(attempt(email, TestPeople.NEW_PASSWORD)).isAuthenticated()).isTrue();
        long id = users.principal(email).id();

        erasedBy(users.create(Role.ADMIN), email);

        assertThatThrownBy(() -> signIn.authenticate(attempt(email, TestPeople.NEW_PASSWORD)))
                .isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("erased-" + id + "@erased.invalid", TestPeople.NEW_PASSWORD)))
                .isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void only_an_administrator_may_search_export_or_erase_and_nobody_erases_themselves() {
        String email = people.everywhere();
        String admin = users.create(Role.ADMIN);
        for (Role role : List.of(Role.ENGAGEMENT, Role.ADVISER, Role.LEADERSHIP, Role.PROCUREMENT)) {
            people.signedIn(users.create(role), () -> {
                assertThatThrownBy(() -> subjectAccess.erase(email)).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> subjectAccess.export(email, new ByteArrayOutputStream()))
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> subjectAccess.count(org.opendoors.base.personal.PersonQuery.of(email)))
                        .isInstanceOf(AccessDeniedException.class);
                holders.forEach(holder -> {
                    assertThatThrownBy(() -> holder.erase(email)).as(holder.kind()).isInstanceOf(AccessDeniedException.class);
                    assertThatThrownBy(() -> holder.export(email)).as(holder.kind()).isInstanceOf(AccessDeniedException.class);
                });
            });
        }
        people.signedIn(admin, () -> assertThatThrownBy(() -> subjectAccess.erase(admin))
                .hasMessageContaining("You cannot erase yourself"));
        assertThat(rowsHolding(email)).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    }

    @Test
    void a_signed_in_user_downloads_their_own_data_and_no_one_elses() throws IOException {
        String me = people.everywhere();
        String someoneElse = people.everywhere();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        people.signedIn(me, () -> subjectAccess.exportMine(zip));

        Map<String, String> files = unzip(zip.toByteArray());
        assertThat(files.get("user-accounts.csv")).contains(me);
        assertThat(files.get("event-sign-ups.csv")).contains(me);
        assertThat(String.join("\n", files.values())).doesNotContain(someoneElse);
    }

    private List<Long> idsOf(String table, String email) {
        return jdbc.queryForList("select id from " + table + " where email = ?", Long.class, email);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        KEPT_TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    private Map<String, Long> rowsHolding(String email) {
        Map<String, Long> rows = new LinkedHashMap<>();
        EMAIL_COLUMNS.forEach((table, column) -> rows.put(table,
                jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class, email)));
        return rows;
    }

    private PersonErasure erasedBy(String admin, String email) {
        java.util.concurrent.atomic.AtomicReference<PersonErasure> erasure = new java.util.concurrent.atomic.AtomicReference<>();
        people.signedIn(admin, () -> erasure.set(subjectAccess.erase(email)));
        return erasure.get();
    }

    private static byte[] zipOf(java.util.function.Consumer<java.io.OutputStream> export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.accept(out);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.0.14." + (System.nanoTime() % 200));
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
        return token;
    }
}
