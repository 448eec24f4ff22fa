package org.opendoors.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.opendoors.base.ui.FieldErrors;
import org.opendoors.organisation.ConsentWording;
import org.opendoors.organisation.Organisation;
import org.opendoors.organisation.OrganisationProfile;
import org.opendoors.organisation.OrganisationType;
import org.opendoors.organisation.SizeBand;

/** The organisation profile's fields, shared by registration and the employer's profile page. */
final class OrganisationProfileFields {

    final TextField name = new TextField("Organisation name");
    final RadioButtonGroup<OrganisationType> type = new RadioButtonGroup<>("Type of organisation");
    final TextField sector = new TextField("Sector");
    final RadioButtonGroup<SizeBand> sizeBand = new RadioButtonGroup<>("Number of employees");
    final TextField postcode = new TextField("Postcode");
    final ComboBox<String> area = new ComboBox<>("Area");
    final TextField website = new TextField("Website (optional)");
    final TextField companiesHouseNumber = new TextField("Companies House number (optional)");
    final Checkbox contactConsent = new Checkbox(ConsentWording.CONTACT);
    final Checkbox wallConsent;

    OrganisationProfileFields(List<String> areas, String wallConsentLabel) {
        wallConsent = new Checkbox(wallConsentLabel);
        name.setMaxLength(Organisation.NAME_MAX_LENGTH);
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(OrganisationType::label);
        sector.setHelperText("For example: construction, hospitality, health and social care");
        sizeBand.setItems(SizeBand.values());
        sizeBand.setItemLabelGenerator(SizeBand::label);
        postcode.setHelperText("Of your main office in the area");
        postcode.setMaxLength(8);
        area.setItems(areas);
        companiesHouseNumber.setHelperText("8 characters, like 01234567 or SC123456");
        for (var field : List.of(name, sector, postcode, website, companiesHouseNumber)) {
            field.setWidthFull();
        }
        area.setWidthFull();
    }

    /** The fields about the organisation itself, in page order. */
    List<Component> organisationFields() {
        return List.of(name, type, sector, sizeBand, postcode, area, website, companiesHouseNumber);
    }

    List<Component> consentFields() {
        return List.of(contactConsent, wallConsent);
    }

    FieldErrors bindTo(FieldErrors errors) {
        return errors.bind("organisationName", name).bind("type", type).bind("sector", sector).bind("sizeBand", sizeBand)
                .bind("postcode", postcode).bind("area", area).bind("website", website)
                .bind("companiesHouseNumber", companiesHouseNumber);
    }

    OrganisationProfile profile() {
        return new OrganisationProfile(name.getValue(), type.getValue(), sector.getValue(), sizeBand.getValue(),
                postcode.getValue(), area.getValue(), website.getValue(), companiesHouseNumber.getValue(),
                contactConsent.getValue(), wallConsent.getValue());
    }

    void fill(OrganisationProfile p) {
        name.setValue(p.name());
        type.setValue(p.type());
        sector.setValue(orEmpty(p.sector()));
        sizeBand.setValue(p.sizeBand());
        postcode.setValue(orEmpty(p.postcode()));
        area.setValue(p.area());
        website.setValue(orEmpty(p.website()));
        companiesHouseNumber.setValue(orEmpty(p.companiesHouseNumber()));
        contactConsent.setValue(p.contactConsent());
        wallConsent.setValue(p.wallConsent());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
