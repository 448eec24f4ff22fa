package org.opendoors.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.security.Role;

class MyDataViewTest extends KaribuTest {

    @Test
    void any_signed_in_user_finds_their_data_download_next_to_changing_their_password() {
        signIn(users.create(Role.ADVISER));
        navigate("account/password");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Download everything Open Doors holds about you"));
        navigate(link.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Your data");
        _assertOne(Anchor.class, spec -> spec.withText("Download your data (ZIP)"));
    }
}
