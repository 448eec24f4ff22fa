package org.opendoors.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestMailServer;
import org.opendoors.notification.OutboundEmail;
import org.opendoors.organisation.RegistrantDetails;
import org.opendoors.organisation.RegistrationService;
import org.opendoors.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** ADMIN reading a waiting e-mail in the Outbox view sees its one-time link without the token. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestEmployers employers;

    @Test
    void a_waiting_e_mail_is_shown_with_its_link_token_masked() {
        String email = "outboxview" + System.nanoTime() + "@tokens.example";
        TestMailServer.stop();
        try {
            registrations.register(TestEmployers.profile("Outbox View Ltd " + System.nanoTime(), null, false),
                    new RegistrantDetails("Oli Outbox", "Owner", email, "01632 960004"), TestEmployers.PASSWORD);
            String token = employers.tokenFor(email);
            signIn(users.create(Role.ADMIN));
            navigate("admin/outbox");
            @SuppressWarnings("unchecked")
            Grid<OutboundEmail> grid = _get(Grid.class);
            int row = -1;
            for (int i = 0; i < GridKt._size(grid) && row < 0; i++) {
                if (GridKt._get(grid, i).getRecipient().equals(email)) {
                    row = i;
                }
            }
            assertThat(row).as("row of the waiting e-mail").isNotNegative();
            _click((Button) GridKt._getCellComponent(grid, row, "read"));
            String shown = _get(Pre.class).getText();
            assertThat(shown).contains("verify-email/[link removed]").doesNotContain(token);
        } finally {
            TestMailServer.restart();
        }
    }
}
