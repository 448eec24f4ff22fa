package org.opendoors.organisation;

import java.util.Set;
import org.opendoors.base.FieldValidationException;

/**
 * Checks and tidies an organisation profile. Each refusal names the field it belongs to, in the words
 * the GOV.UK design system uses for error messages.
 */
final class OrganisationProfileRules {

    private OrganisationProfileRules() {
    }

    static OrganisationProfile checked(OrganisationProfile p, Set<String> areas) {
        String name = required(p.name(), "organisationName", "Enter the name of your organisation");
        if (name.length() > Organisation.NAME_MAX_LENGTH) {
            throw new FieldValidationException("organisationName",
                    "Organisation name must be " + Organisation.NAME_MAX_LENGTH + " characters or fewer");
        }
        if (p.type() == null) {
            throw new FieldValidationException("type", "Select the type of organisation");
        }
        String sector = required(p.sector(), "sector", "Enter the sector your organisation works in");
        if (p.sizeBand() == null) {
            throw new FieldValidationException("sizeBand", "Select how many people your organisation employs");
        }
        String postcode = OrganisationFormats.postcode(required(p.postcode(), "postcode", "Enter a postcode"))
                .orElseThrow(() -> new FieldValidationException("postcode", "Enter a real postcode, like SS1 2AB"));
        if (p.area() == null || !areas.contains(p.area())) {
            throw new FieldValidationException("area", "Select the area your organisation is in");
        }
        String website = blankToNull(p.website());
        if (website != null && !website.matches("^(https?://)?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?$")) {
            throw new FieldValidationException("website", "Enter a website address like www.example.co.uk");
        }
        String companiesHouse = blankToNull(p.companiesHouseNumber());
        if (companiesHouse != null) {
            companiesHouse = OrganisationFormats.companiesHouseNumber(companiesHouse).orElseThrow(() ->
                    new FieldValidationException("companiesHouseNumber",
                            "Enter a Companies House number of 8 characters, like 01234567 or SC123456"));
        }
        return new OrganisationProfile(name, p.type(), sector, p.sizeBand(), postcode, p.area(), website, companiesHouse,
                p.contactConsent(), p.wallConsent());
    }

    static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new FieldValidationException(field, message);
        }
        return value.trim();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
