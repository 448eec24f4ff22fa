package org.opendoors.organisation;

/** The organisation list's filters; empty fields do not filter. */
public record OrganisationFilter(String name, OrganisationStatus status, String sector, String area, Long ownerUserId,
                                 boolean possibleDuplicatesOnly) {

    public static OrganisationFilter none() {
        return new OrganisationFilter(null, null, null, null, null, false);
    }
}
