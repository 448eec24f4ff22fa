package org.opendoors.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendoors.base.FieldValidationException;

class PersonalDataCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Contact her on jamie@example.com | e-mail address",
            "Ring 07700 900982 after 4pm | phone number",
            "Ring +44 (0)7700 900982 after 4pm | phone number",
            "Call 0044 20 7946 0958 | phone number",
            "Office 01632 960 001 | phone number",
            "Born 04/07/2008 | date",
            "Born 2008-07-04 | date",
            "Birthday 3 May 2008 | date",
            "Born on the 3rd of May 2008 | date",
            "Born May 3rd, 2008 | date",
            "Lives near SS1 2AB | postcode",
            "NI number QQ 12 34 56 C on file | National Insurance number",
            "NI QQ123456C | National Insurance number"})
    void personal_data_in_free_text_is_refused_with_its_reason(String text, String reason) {
        assertThatThrownBy(() -> PersonalDataCheck.freeText(text, "hopes"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((FieldValidationException) e).field()).isEqualTo("hopes"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Confidence in interviews; interested in 2 trades",
            "Two work trials ran this quarter, 12 hours in all",
            "Started in May 2024 and is doing well",
            "Mock interview on 14 March at 10:00",
            "Paid £1,250 into the bursary fund"})
    void ordinary_text_passes_unchanged(String text) {
        assertThat(PersonalDataCheck.freeText("  " + text + " ", "hopes")).isEqualTo(text);
    }

    @Test
    void blank_optional_text_is_none() {
        assertThat(PersonalDataCheck.optionalFreeText("  ", "notes")).isNull();
        assertThat(PersonalDataCheck.optionalFreeText(null, "notes")).isNull();
    }
}
