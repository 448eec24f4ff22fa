package org.opendoors.offer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.offer.OfferMode;
import org.opendoors.offer.OfferImpact;
import org.opendoors.offer.OfferService;
import org.opendoors.offer.OfferTiming;
import org.opendoors.offer.OfferType;
import org.opendoors.pledge.Commitment;
import org.springframework.beans.factory.annotation.Autowired;

/** An employer logs an offer and then what was delivered; the counts follow. */
class OfferJourneyTest extends KaribuTest {

    @Autowired
    TestEmployers employers;

    @Autowired
    OfferService offers;

    @Test
    @SuppressWarnings("unchecked")
    void an_employer_logs_an_offer_and_a_delivery() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        navigate("offers/form");
        Select<OfferType> type = _get(Select.class, spec -> spec.withLabel("Type of offer"));
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getName().equals("Mock interview")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Mock interviews with our HR team");
        _setValue((RadioButtonGroup<OfferMode>) _get(RadioButtonGroup.class, spec -> spec.withLabel("How does it happen?")), OfferMode.EITHER);
        _setValue((RadioButtonGroup<OfferTiming>) _get(RadioButtonGroup.class, spec -> spec.withLabel("When?")), OfferTiming.ON_DATE);
        _click(_get(Button.class, spec -> spec.withText("Save offer")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withLabel("Date"));
        assertThat(date.getErrorMessage()).isEqualTo("Enter the date");
        _setValue(date, LocalDate.now(clock).plusDays(20));
        _click(_get(Button.class, spec -> spec.withText("Save offer")));
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Places")).getErrorMessage()).startsWith("Enter how many places");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Places")), 6);
        _click(_get(Button.class, spec -> spec.withText("Save offer")));

        assertThat(_get(H1.class).getText()).isEqualTo("Mock interviews with our HR team");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.now(clock).minusDays(1));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("How many young people took part?")), 3);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("How many hours in total?")), new BigDecimal("4.5"));
        _click(_get(Button.class, spec -> spec.withText("Record delivery")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.contains("3 young people, 4.5 hours"));

        OfferImpact impact = offers.impact(employer.organisationId());
        assertThat(impact.offers()).isEqualTo(1);
        assertThat(impact.deliveries()).isEqualTo(1);
        assertThat(impact.youngPeopleReached()).isEqualTo(3);
        assertThat(impact.hours()).isEqualByComparingTo("4.5");
    }

    @Test
    @SuppressWarnings("unchecked")
    void editing_an_offer_keeps_the_pledge_commitment_it_fulfils() {
        TestEmployers.Employer employer = employers.register(false);
        signIn(employer.email());
        navigate("offers/form");
        Select<OfferType> type = _get(Select.class, spec -> spec.withLabel("Type of offer"));
        _setValue(type, type.getListDataView().getItems().filter(t -> t.getName().equals("Mock interview")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Practice interviews");
        _setValue((RadioButtonGroup<OfferMode>) _get(RadioButtonGroup.class, spec -> spec.withLabel("How does it happen?")), OfferMode.IN_PERSON);
        _setValue((RadioButtonGroup<OfferTiming>) _get(RadioButtonGroup.class, spec -> spec.withLabel("When?")), OfferTiming.ON_REQUEST);
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Places")), 4);
        Select<Commitment> commitment = _get(Select.class, spec -> spec.withLabel("Which pledge commitment does it fulfil? (optional)"));
        Commitment fulfilled = commitment.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(commitment, fulfilled);
        _click(_get(Button.class, spec -> spec.withText("Save offer")));
        long offerId = offers.mine(org.springframework.data.domain.PageRequest.of(0, 10)).getFirst().getId();

        com.vaadin.flow.component.UI.getCurrent().navigate("offers/form",
                com.vaadin.flow.router.QueryParameters.of("offer", String.valueOf(offerId)));
        Select<Commitment> shown = _get(Select.class, spec -> spec.withLabel("Which pledge commitment does it fulfil? (optional)"));
        assertThat(shown.getValue()).isEqualTo(fulfilled);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title")), "Practice interviews with our HR team");
        _click(_get(Button.class, spec -> spec.withText("Save offer")));
        assertThat(offers.find(offerId).details().commitmentId()).isEqualTo(fulfilled.getId());
    }

    @Test
    void a_delivery_in_the_future_is_refused_next_to_the_date() {
        TestEmployers.Employer employer = employers.register(false);
        long offerId = context.getBean(org.opendoors.TestOffers.class)
                .open(employer.email(), "Workplace tour", "Workplace tour", "Construction", null).getId();
        signIn(employer.email());
        navigate("offers/" + offerId);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), LocalDate.now(clock).plusDays(2));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("How many young people took part?")), 2);
        _setValue(_get(BigDecimalField.class, spec -> spec.withLabel("How many hours in total?")), BigDecimal.ONE);
        _click(_get(Button.class, spec -> spec.withText("Record delivery")));
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("Date")).getErrorMessage())
                .isEqualTo("The date must be today or in the past");
    }
}
