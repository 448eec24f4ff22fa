package org.opendoors.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.base.csv.CsvRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The user list's CSV: the accounts the search finds, with their roles, and only for administrators. */
class UserExportTest extends SpringTest {

    @Autowired
    TestUsers users;

    @Test
    void the_file_holds_the_users_the_search_finds_and_no_others() {
        String admin = users.create(Role.ADMIN);
        String wanted = users.create(Role.ENGAGEMENT, Role.PROCUREMENT);
        String other = users.create(Role.ADVISER);

        var records = users.runAs(admin, () -> CsvRecords.read(out -> users.service().csv(wanted, out)));
        var listed = users.runAs(admin, () -> users.service().search(wanted, PageRequest.of(0, 10)).getContent());

        assertThat(records).extracting(r -> r.get("E-mail")).containsExactlyElementsOf(listed.stream().map(UserAccount::getEmail).toList())
                .containsExactly(wanted).doesNotContain(other);
        assertThat(records.getFirst().get("Roles")).isEqualTo(java.util.stream.Stream.of(Role.ENGAGEMENT, Role.PROCUREMENT)
                .map(Role::label).sorted().collect(java.util.stream.Collectors.joining(", ")));
        assertThat(records.getFirst().get("Status")).isEqualTo("Active");
    }

    @Test
    void only_an_administrator_may_download_the_user_list() {
        String engagement = users.create(Role.ENGAGEMENT);
        assertThatThrownBy(() -> users.runAs(engagement, () -> {
            users.service().csv("", new ByteArrayOutputStream());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }
}
