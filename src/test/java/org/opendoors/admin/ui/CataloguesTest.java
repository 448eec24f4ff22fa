package org.opendoors.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.opendoors.KaribuTest;
import org.opendoors.offer.OfferCategory;
import org.opendoors.offer.OfferTypeService;
import org.opendoors.security.Role;
import org.opendoors.socialvalue.MeasureService;
import org.opendoors.socialvalue.MeasureUnit;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators keep the catalogues: offer types and social value measures among them. */
class CataloguesTest extends KaribuTest {

    @Autowired
    OfferTypeService offerTypes;

    @Autowired
    MeasureService measures;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_adds_an_offer_type_and_a_measure() {
        signIn(users.create(Role.ADMIN));
        navigate("admin/catalogues");
        String type = "Site safety talk " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("New offer type")), type);
        _setValue((Select<OfferCategory>) _get(Select.class, spec -> spec.withLabel("Kind")), OfferCategory.LIGHT_TOUCH);
        _click(_get(Button.class, spec -> spec.withText("Add offer type")));
        assertThat(offerTypes.active()).anyMatch(t -> t.getName().equals(type));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), "cl 7");
        _setValue(_get(TextField.class, spec -> spec.withLabel("What it counts")), "Mentoring hours");
        _setValue((Select<MeasureUnit>) _get(Select.class, spec -> spec.withLabel("Unit")), MeasureUnit.HOURS);
        _click(_get(Button.class, spec -> spec.withText("Add measure")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Code")).getErrorMessage())
                .isEqualTo("Enter a short code of letters and digits, like CL7");
        String code = "M" + (System.nanoTime() % 100000);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Code")), code);
        _click(_get(Button.class, spec -> spec.withText("Add measure")));
        assertThat(measures.all()).anyMatch(m -> m.getCode().equals(code) && m.isRingfenced());
    }
}
