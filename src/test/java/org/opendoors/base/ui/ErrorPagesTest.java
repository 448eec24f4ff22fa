package org.opendoors.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendoors.KaribuTest;
import org.opendoors.TestContracts;
import org.opendoors.TestEmployers;
import org.opendoors.TestOffers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Every failing route shows the application's own page, never Vaadin's exception text. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    TestContracts contracts;

    @Autowired
    TestOffers offers;

    @Test
    void another_organisations_ids_show_page_not_found_inside_the_frame() {
        TestEmployers.Employer mine = employers.register(false);
        TestEmployers.Employer theirs = employers.register(false);
        long theirContract = contracts.quarterly(theirs.organisationId(), LocalDate.of(2027, 1, 1), "CL3", "1");
        long theirPledge = employers.submittedPledge(theirs.organisationId(), 1).getId();
        long theirOffer = offers.open(theirs.email(), "Their taster day", "Taster day", "Retail", null).getId();
        signIn(mine.email());

        for (String route : new String[] {"contracts/" + theirContract, "contracts/" + theirContract + "/returns/1",
                "pledge/submitted/" + theirPledge, "offers/" + theirOffer, "offers/999999999",
                "pledge/submitted/999999999", "events/999999999", "no-such-page-here"}) {
            navigate(route);
            assertThat(heading()).as(route).isEqualTo("Page not found");
            assertThat(pageText()).as(route)
                    .doesNotContain("There was an exception while trying to navigate")
                    .contains("Go to your home page");
        }
    }

    @Test
    void an_unexpected_failure_shows_sorry_with_a_reference_that_is_in_the_log(CapturedOutput log) {
        navigate("test/broken");
        assertThat(heading()).isEqualTo("Sorry, there is a problem with the service");
        String page = pageText();
        assertThat(page).doesNotContain("Simulated failure").doesNotContain("IllegalStateException");
        Matcher reference = Pattern.compile("ERR-[0-9A-F]{10}").matcher(page);
        assertThat(reference.find()).isTrue();
        assertThat(log.getOut()).contains("Problem " + reference.group() + " opening /test/broken")
                .contains("Simulated failure while opening the page");
        _assertNone(BrokenTestView.class);
    }

    private static String pageText() {
        return UI.getCurrent().getChildren().map(c -> c.getElement().getTextRecursively())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String heading() {
        return _get(H1.class).getText();
    }
}
