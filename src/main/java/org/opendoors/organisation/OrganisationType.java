package org.opendoors.organisation;

public enum OrganisationType {
    BUSINESS("Business"),
    CONTRACTOR("Council contractor or supplier"),
    PARTNER("Partner organisation"),
    CHARITY("Charity or voluntary organisation"),
    PUBLIC_BODY("Public body");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
