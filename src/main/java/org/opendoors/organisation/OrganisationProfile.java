package org.opendoors.organisation;

/** What an organisation says about itself: typed at registration, kept up to date by its employer users. */
public record OrganisationProfile(
        String name,
        OrganisationType type,
        String sector,
        SizeBand sizeBand,
        String postcode,
        String area,
        String website,
        String companiesHouseNumber,
        boolean contactConsent,
        boolean wallConsent) {
}
