package org.opendoors.brokerage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersonalDataGuardTest {

    @Test
    void a_yp_reference_or_a_case_reference_is_accepted_and_upper_cased() {
        assertThat(PersonalDataGuard.reference(" yp-4821 ", "reference")).isEqualTo("YP-4821");
        assertThat(PersonalDataGuard.reference("LC-2023-0457", "reference")).isEqualTo("LC-2023-0457");
    }

    @Test
    void a_name_is_refused_as_a_reference_and_the_message_says_why() {
        assertThatThrownBy(() -> PersonalDataGuard.reference("Jamie Smith", "reference"))
                .hasMessageContaining("never stores young people's names");
        assertThatThrownBy(() -> PersonalDataGuard.reference("JAMIE", "reference"))
                .hasMessageContaining("not a name");
    }

    @Test
    void contact_details_dates_and_postcodes_are_refused_in_free_text() {
        assertThatThrownBy(() -> PersonalDataGuard.freeText("Contact her on jamie@example.com", "hopes"))
                .hasMessageContaining("e-mail address");
        assertThatThrownBy(() -> PersonalDataGuard.freeText("Ring 07700 900982 after 4pm", "hopes"))
                .hasMessageContaining("phone number");
        assertThatThrownBy(() -> PersonalDataGuard.freeText("Born 04/07/2008", "hopes"))
                .hasMessageContaining("date of birth");
        assertThatThrownBy(() -> PersonalDataGuard.freeText("Lives near SS1 2AB", "hopes"))
                .hasMessageContaining("postcode");
    }

    @Test
    void ordinary_hopes_pass_unchanged() {
        assertThat(PersonalDataGuard.freeText("Confidence in interviews; interested in 2 trades", "hopes"))
                .isEqualTo("Confidence in interviews; interested in 2 trades");
    }
}
